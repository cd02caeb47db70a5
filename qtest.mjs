import { analyzeDocument } from './dist/src/pipeline/index.js';
import { documentIdOf } from './dist/src/text/document-id.js';
import { generateCorpus } from './dist/bench/corpus.js';
const corpus = generateCorpus(['example/documents','test/fixtures','/work/shared/seeds'], 1000);
const docs = corpus.map((text, i) => ({ id: documentIdOf(text), text, format: 'text', encoding: 'utf-8', hints: {}, source: { name: `b-${i}.txt` } }));
for (const d of docs.slice(0, 50)) analyzeDocument(d);
let q = 0; const keep = [];
for (let k = 0; k < docs.length; k++) {
  keep.push(analyzeDocument(docs[k], { trace: ({ stage, ms }) => { if (stage === 'quotes') q += ms; } }));
  if (k % 100 === 99) { console.log(k, (q/100).toFixed(3)); q = 0; }
}
