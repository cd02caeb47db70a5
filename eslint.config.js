// Lint: typescript-eslint's syntactic rules (no type information, so it stays quick on two cores)
// plus the dependency rule of ARCHITECTURE.md as import zones.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

/**
 * The dependency rule: what each folder of src/ may import besides itself. Everything not listed is
 * refused, including test/ (only test files may import test helpers). Tests beside the code are exempt,
 * since nothing imports them.
 */
export const layers = {
  core: [],
  text: ['core'],
  lexicons: ['core'],
  readers: ['core', 'text'],
  intake: ['core', 'text', 'readers'],
  pipeline: ['core', 'text', 'lexicons'],
  export: ['core', 'text', 'pipeline'],
  store: ['core'],
  services: ['core', 'text', 'lexicons', 'readers', 'intake', 'pipeline', 'export', 'store'],
  server: ['core', 'export', 'services'],
  cli: ['core', 'export', 'services', 'server'],
};

const outside = ['test', 'bench', 'web'];

const zones = Object.entries(layers).map(([layer, allowed]) => ({
  target: `./src/${layer}`,
  from: [
    ...Object.keys(layers)
      .filter((other) => other !== layer && !allowed.includes(other))
      .map((other) => `./src/${other}`),
    ...outside.map((folder) => `./${folder}`),
  ],
  message: `src/${layer} may import ${allowed.length ? `only ${allowed.map((name) => `src/${name}`).join(', ')}` : 'nothing of ours'} (the dependency rule: README, Developing).`,
}));

export default tseslint.config(
  { ignores: ['dist/', 'web/public/', 'node_modules/', 'test/fixtures/', 'example/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', 'web/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
      // Text cleaning matches control characters on purpose (NUL, C0 controls).
      'no-control-regex': 'off',
      // The legacy globals hide a missing import of the pattern toolkit's `escape`.
      'no-restricted-globals': [
        'error',
        { name: 'escape', message: 'Import escape from src/pipeline/common/patterns.ts (the global is URL escaping).' },
        { name: 'unescape', message: 'The global unescape is legacy URL decoding; use decodeURIComponent.' },
      ],
      'import-x/no-unresolved': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones }] },
  },
  {
    // The browser app talks to the server over HTTP only; it may import nothing outside web/src but
    // the types of the API contract (src/core/api), which the browser never loads.
    files: ['web/src/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './web/src',
              from: ['./src', './test', './bench'],
              except: ['./core/api'],
              message:
                'web/src may import only web/src, and the types of src/core/api (it reaches the server over HTTP).',
            },
          ],
        },
      ],
      // What it takes from the contract is types only: a value import would pull zod into the browser.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/core/api/*'],
              allowTypeImports: true,
              message: 'import only types from the API contract',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests read JSON replies loosely.
    files: ['test/**/*.ts', 'src/**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // bin/ loads the compiled CLI, which exists only after a build.
    files: ['bin/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: { 'import-x/no-unresolved': 'off' },
  },
);
