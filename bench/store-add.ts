/**
 * `node dist/bench/store-add.js [N]`: how the server answers while one document is added to a store
 * of N generated documents (default 1,000). Builds the store in a temporary SQLite file, starts the
 * server (`puente serve`) in its own process, waits for the first collection, then uploads one document and asks /api/health every
 * 20 ms until the collection that includes it is served. Prints the time to build the store, the
 * first collection, the upload, every health answer's latency (median and worst), and the new
 * collection. Figures go in notes, never in test asserts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../src/cli/package-root.js';
import type { SourceDocument } from '../src/core/index.js';
import { analyzeDocument, isFailedAnalysis } from '../src/pipeline/index.js';
import { IngestService } from '../src/services/ingest.service.js';
import { openDatabase } from '../src/store/database.js';
import { documentIdOf } from '../src/text/document-id.js';
import { generateDistinctCorpus } from './corpus.js';

const count = Number(process.argv[2] ?? 1000);
const dir = mkdtempSync(join(tmpdir(), 'puente-bench-store-'));
const db = await openDatabase({ dialect: 'sqlite', path: join(dir, 'bench.db') });
const texts = generateDistinctCorpus([join(packageRoot(), 'example', 'documents')], count + 1, 3000);
const ms = (since: number) => `${Math.round(performance.now() - since)} ms`;

let began = performance.now();
const ingest = new IngestService(db);
for (const [i, text] of texts.slice(0, count).entries()) {
  const document: SourceDocument = {
    id: documentIdOf(text),
    text,
    format: 'text',
    encoding: 'utf-8',
    hints: {},
    source: { path: `corpus/${i}.txt` },
  };
  const analysis = analyzeDocument(document);
  if (isFailedAnalysis(analysis)) throw new Error(analysis.failure.reason);
  await ingest.store(analysis, `corpus/${i}.txt`);
}
console.log(`store of ${count} documents built (analysed and stored once): ${ms(began)}`);

await db.destroy();
// The server runs in its own process, as `puente serve` does, so this client does not share its thread.
const child = spawn(
  process.execPath,
  [join(packageRoot(), 'bin', 'puente.js'), 'serve', '--db', join(dir, 'bench.db'), '--port', '0'],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
const url = await new Promise<string>((resolve, reject) => {
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const port = /localhost:(\d+)\//.exec(out)?.[1];
    if (port) resolve(`http://127.0.0.1:${port}/api`);
  });
  child.once('exit', (code) => reject(new Error(`puente serve exited with ${code}`)));
});
const status = async () =>
  (await (await fetch(`${url}/status`)).json()) as { collection: { documents: number; updating: boolean } };

began = performance.now();
const health = async () => {
  const at = performance.now();
  await (await fetch(`${url}/health`)).json();
  return performance.now() - at;
};
const startLatencies: number[] = [];
let firstServed = false;
const first = fetch(`${url}/entities`)
  .then((r) => r.json())
  .then(() => (firstServed = true));
while (!firstServed) {
  startLatencies.push(await health());
  await new Promise((resolve) => setTimeout(resolve, 20));
}
await first;
console.log(
  `first collection after start (the first /api/entities): ${ms(began)}; /api/health meanwhile: ${summary(startLatencies)}`,
);

began = performance.now();
// In the local single-user mode (a store without users) writes carry the page's CSRF token.
const { csrfToken } = (await (await fetch(`${url}/session`)).json()) as { csrfToken: string };
const posted = await fetch(`${url}/analyze`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
  body: JSON.stringify({ text: texts[count], name: 'added.txt', store: true }),
});
await posted.json();
console.log(`upload with store: answered in ${ms(began)}`);
const latencies: number[] = [];
const reads: number[] = [];
let collectedAt: number;
for (;;) {
  latencies.push(await health());
  const { collection } = await status();
  if (collection.documents === count + 1) {
    collectedAt = performance.now();
    break;
  }
  const at = performance.now();
  await (await fetch(`${url}/entities`)).json();
  reads.push(performance.now() - at);
  await new Promise((resolve) => setTimeout(resolve, 20));
}
console.log(`collection with the new document served after ${Math.round(collectedAt - began)} ms`);
console.log(
  `/api/health during it: ${summary(latencies)}; /api/entities (previous collection) during it: ${summary(reads)}`,
);
child.kill('SIGTERM');
await new Promise((resolve) => child.once('exit', resolve));
rmSync(dir, { recursive: true, force: true });

function summary(values: readonly number[]): string {
  if (!values.length) return 'no answers';
  const sorted = [...values].sort((a, b) => a - b);
  return `${values.length} answers, median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, worst ${sorted[sorted.length - 1]!.toFixed(1)} ms`;
}
