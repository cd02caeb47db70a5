/**
 * Files as monitors have them: folders holding files of every type, PDFs, and manifests of articles
 * exported from news databases, through the command line.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import type { ContractAnalysis } from '../src/export/contract-json.js';
import { openStore } from '../src/services/open-store.js';
import { DocumentsRepository } from '../src/store/repositories/documents.repository.js';
import { goodArticle } from './helpers/bad-inputs.js';
import { captureIo } from './helpers/capture-io.js';
import { layColumn, makePdf } from './helpers/make-pdf.js';

let dir: string;
let store: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'puente-intake-'));
  store = join(mkdtempSync(join(tmpdir(), 'puente-intake-store-')), 'store.db');
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(dirname(store), { recursive: true, force: true });
});

const spanish =
  'Comunicado sobre la frontera\n\nLa Secretaría de Seguridad informó el lunes que las patrullas conjuntas aumentaron en Sonora y Chihuahua durante el último mes.\n\nEl gabinete revisará los resultados en su próxima reunión.\n';

function statementPdf(): Buffer {
  const paragraphs = [
    'The interior ministry said on Friday that both governments would open a joint office to trace weapons crossing the border.',
    'The office will start work in the spring and report to the security group every quarter, the ministry added.',
  ];
  return makePdf(
    [
      {
        lines: [
          { x: 50, y: 780, text: 'Governments Open a Joint Office to Trace Weapons', size: 15 },
          ...layColumn(paragraphs, 50, 740).lines,
        ],
      },
    ],
    {
      Title: 'Joint Office to Trace Weapons',
      CreationDate: 'D:20251107',
    },
  );
}

async function analyzeJson(
  args: readonly string[],
): Promise<{ code: number; analysis: ContractAnalysis; stderr: string[] }> {
  const io = captureIo();
  const code = await main(['analyze', ...args, '--format', 'json'], io);
  return { code, analysis: JSON.parse(io.stdout.join('\n')) as ContractAnalysis, stderr: io.stderr };
}

describe('files of a type Puente cannot read', () => {
  it('are named on stderr as skipped, with the reason, and counted in the summary; hidden files are passed over', async () => {
    writeFileSync(join(dir, 'a.txt'), goodArticle);
    writeFileSync(join(dir, 'data.bin'), Buffer.alloc(64, 3));
    writeFileSync(join(dir, 'minutes.docx'), Buffer.from('PK\u0003\u0004word'));
    writeFileSync(join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(join(dir, '.DS_Store'), Buffer.alloc(16, 1));
    mkdirSync(join(dir, 'pdfs'));
    writeFileSync(join(dir, 'pdfs', 'statement.pdf'), statementPdf());
    const io = captureIo();
    expect(await main(['ingest', dir, '--db', store], io)).toBe(0);
    expect(io.stderr).toEqual([
      `${dir}/data.bin: skipped: has a file type Puente does not read (.bin; it reads .txt, .md, .html, .htm or .pdf)`,
      `${dir}/minutes.docx: skipped: is a word-processor document, which Puente does not read (save it as PDF, HTML or text)`,
      `${dir}/photo.png: skipped: is an image; Puente reads text and does not run OCR`,
    ]);
    expect(io.stdout[0]).toBe(
      'read 2: 2 new, 0 unchanged, 0 new versions, 0 failed; 3 skipped (a file type Puente does not read)',
    );
    const analyze = captureIo();
    expect(await main(['analyze', dir], analyze)).toBe(0);
    expect(analyze.stderr.at(-1)).toBe('skipped 3 files of a type Puente does not read');
  });

  it('named explicitly, such a file is an error', async () => {
    writeFileSync(join(dir, 'data.bin'), Buffer.alloc(64, 3));
    const io = captureIo();
    expect(await main(['analyze', join(dir, 'data.bin')], io)).toBe(1);
    expect(io.stderr).toEqual([
      `${dir}/data.bin: has a file type Puente does not read (use .txt, .md, .html, .htm or .pdf, or a .jsonl or .csv manifest)`,
    ]);
  });
});

describe('PDFs through the command line', () => {
  it('analyze gives the text, the pages and the metadata with its sources', async () => {
    writeFileSync(join(dir, 'statement.pdf'), statementPdf());
    const { code, analysis } = await analyzeJson([join(dir, 'statement.pdf')]);
    expect(code).toBe(0);
    const [document] = analysis.documents;
    expect(document).toMatchObject({
      format: 'pdf',
      title: 'Governments Open a Joint Office to Trace Weapons',
      published: '2025-11-07',
      publishedSource: 'metadata',
      pages: [{ page: 1, start: 0 }],
    });
    expect(document!.metadataSources).toMatchObject({ title: 'pdf Title', published: 'pdf CreationDate' });
  });

  it('a scanned PDF is one line naming the file, and its neighbours go through', async () => {
    writeFileSync(join(dir, 'scan.pdf'), makePdf([{ image: true }]));
    writeFileSync(join(dir, 'a.txt'), goodArticle);
    const io = captureIo();
    expect(await main(['ingest', dir, '--db', store], io)).toBe(1);
    expect(io.stderr).toEqual([
      `${dir}/scan.pdf: has no text layer (1 page of images, as a scan is); Puente does not run OCR, so export the PDF with its text or give the text itself`,
    ]);
    expect(io.stdout[0]).toBe('read 2: 1 new, 0 unchanged, 0 new versions, 1 failed');
  });
});

describe('manifests', () => {
  function writeJsonl(): string {
    mkdirSync(join(dir, 'files'));
    writeFileSync(join(dir, 'files', 'statement.pdf'), statementPdf());
    writeFileSync(join(dir, 'files', 'nota.txt'), spanish);
    const rows = [
      {
        url: 'https://news.example.org/2025/11/08/office',
        title: 'A Joint Office Against Arms Trafficking',
        published: '2025-11-08',
        source: 'Border Ledger',
        language: 'en',
        path: 'files/statement.pdf',
      },
      { title: 'Missing body' },
      { url: 'https://diario.example.mx/nota', published: '2025-13-01', text: 'Texto.' },
      { source: 'Diario del Norte', published: '2025-10-20', language: 'es', path: 'files/nota.txt' },
      { url: 'https://news.example.org/gone', path: 'files/missing.txt' },
    ];
    const path = join(dir, 'articles.jsonl');
    writeFileSync(path, rows.map((row) => JSON.stringify(row)).join('\n'));
    return path;
  }

  it("ingest: each bad row is named with file:line and the reason, the others are stored with the manifest's metadata", async () => {
    const manifest = writeJsonl();
    const io = captureIo();
    expect(await main(['ingest', manifest, '--db', store], io)).toBe(1);
    expect(io.stderr).toEqual([
      `${manifest}:2: needs the article: a text or a path`,
      `${manifest}:3: published: must be a date as YYYY-MM-DD`,
      `${manifest}:5: ${dir}/files/missing.txt: cannot be opened (ENOENT)`,
    ]);
    expect(io.stdout[0]).toBe('read 5: 2 new, 0 unchanged, 0 new versions, 3 failed');
    const db = await openStore(store, captureIo());
    try {
      const documents = new DocumentsRepository(db!);
      const stored = await documents.list();
      expect(stored.map((d) => [d.title, d.published, d.language]).sort()).toEqual([
        ['A Joint Office Against Arms Trafficking', '2025-11-08', 'en'],
        ['Comunicado sobre la frontera', '2025-10-20', 'es'],
      ]);
      const pdf = stored.find((d) => d.format === 'pdf')!;
      expect(await documents.locatorsOf(pdf.id)).toEqual([
        { locator: 'https://news.example.org/2025/11/08/office', version: 1 },
      ]);
    } finally {
      await db!.destroy();
    }
  });

  it("analyze: a CSV manifest's metadata wins over what the text says, and the analysis says so", async () => {
    const text =
      'Talks Resume in Monterrey\n\nMONTERREY, March 3, 2025 — Officials from both countries met on Monday to review the security program, the ministry said.\n';
    const csv = `url,title,published,source,language,text\nhttps://wire.example.com/talks,Security Talks Resume,2025-03-04,Gulf Wire,en,"${text}"\n`;
    writeFileSync(join(dir, 'export.csv'), csv);
    const { code, analysis } = await analyzeJson([join(dir, 'export.csv')]);
    expect(code).toBe(0);
    const [document] = analysis.documents;
    expect(document).toMatchObject({
      title: 'Security Talks Resume',
      published: '2025-03-04',
      publishedSource: 'manifest',
      language: 'en',
      source: { url: 'https://wire.example.com/talks', outlet: 'Gulf Wire' },
      metadataSources: { title: 'manifest', published: 'manifest', language: 'manifest' },
    });
    expect(document!.messages.find((m) => m.ruleId === 'metadata-given')?.reason).toBe(
      'The title, language, publication date given with the document (manifest) win over what the text says',
    );
  });
});
