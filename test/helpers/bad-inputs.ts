import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A short article that every reader must take, so tests can check that good inputs go through. */
export const goodArticle =
  'Navy Seizes Fuel Tanker in Tamaulipas\n\nThe Mexican navy seized a tanker carrying stolen fuel off the coast of Tamaulipas on Tuesday, officials said.\n\nThe crew of six was detained and handed to federal prosecutors.\n';

// prettier-ignore
const OWN_WORDS = [
  'navy', 'port', 'fuel', 'crew', 'coast', 'agents', 'cargo', 'border', 'court', 'tanker', 'radio', 'patrol', 'harbour',
  'dock', 'permit', 'convoy',
];

/**
 * Eighty words of the `n`th article's own, the same for the same `n`: articles that share `goodArticle`'s
 * opening and end with a different one are not copies of one story (which would be stored as that story).
 */
export function ownParagraph(n: number): string {
  let seed = n * 7919;
  // The high bits of the generator: its low bits repeat with a short period, the same for every seed.
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 65536;
  return Array.from({ length: 80 }, () => OWN_WORDS[Math.floor(next()) % OWN_WORDS.length]).join(' ');
}

/**
 * Writes one of each bad input the foundation issue names into `dir`, next to two good files.
 * The large ones are made here rather than committed: a sparse 51 MB file and 10 MB of script.
 */
export function writeBadInputs(dir: string): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  const at = (name: string) => join(dir, name);
  writeFileSync(at('good.txt'), goodArticle);
  writeFileSync(
    at('good.html'),
    `<html lang="en"><head><title>Tanker Seized</title></head><body><article><h1>Navy Seizes Fuel Tanker in Tamaulipas</h1><p>${goodArticle.split('\n\n')[1]}</p></article></body></html>`,
  );
  writeFileSync(
    at('image.txt'),
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(256, 7)]),
  );
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('huge.txt'), '');
  truncateSync(at('huge.txt'), 51 * 1024 * 1024);
  writeFileSync(
    at('broken-utf8.txt'),
    Buffer.concat([
      Buffer.from('Señal Débil en la Frontera\n\nLa señal llegó el martes, según la Secretaría. '),
      Buffer.from([0xff, 0xfe, 0x41]),
      Buffer.from(' Más tarde, el ministerio lo confirmó con un comunicado.\n'),
    ]),
  );
  writeFileSync(
    at('nul.txt'),
    Buffer.concat([
      Buffer.from('Officials met on Monday to review the plan and its progress.\n'),
      Buffer.from([0]),
      Buffer.from('More text follows the NUL byte in this file.\n'),
    ]),
  );
  mkdirSync(at('loop'));
  symlinkSync('..', at('loop/parent'));
  symlinkSync('b.txt', at('loop/a.txt'));
  symlinkSync('a.txt', at('loop/b.txt'));
  writeFileSync(at('deep.html'), `<html><body>${'<div>'.repeat(200_000)}deep${'</div>'.repeat(200_000)}</body></html>`);
  const script = `<script>${'var x = 1;\n'.repeat(1_000_000)}</script>`;
  writeFileSync(
    at('scripted.html'),
    `<html><head><title>Scripted Page</title>${script}</head><body><article><h1>Inspections Rise at Laredo Crossing</h1><p>Inspectors at the Laredo crossing checked more trucks than ever in October, the agency said on Monday.</p></article></body></html>`,
  );
  return {
    image: at('image.txt'),
    empty: at('empty.txt'),
    huge: at('huge.txt'),
    brokenUtf8: at('broken-utf8.txt'),
    nul: at('nul.txt'),
    loopA: at('loop/a.txt'),
    loopDir: at('loop/parent'),
    deep: at('deep.html'),
    scripted: at('scripted.html'),
  };
}
