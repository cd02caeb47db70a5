import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { collectionInputOf, type AnalysedDocument, type StandardAnalysis } from '../pipeline/index.js';
import { StringPool } from './string-pool.js';

/**
 * Document analyses kept on disk rather than in memory: a whole analysis of a news article takes
 * about 50 KB of heap, and 16,000 of them would not fit in a gigabyte with the worker threads that
 * make them. Each analysis is written to a temporary file as V8 serializes it (the form a worker
 * thread sends it in, so it reads back as it was given), its text beside it as UTF-8, and read back
 * when asked: in order, one at a time, when the output is written, and by the collection stages
 * through `forCollection`, so that each holds only what it keeps of every document. `close`
 * removes the file.
 */
export class SpilledAnalyses implements Iterable<StandardAnalysis> {
  /** Each analysis as the collection stages read it, read back from the file each time its layers are asked for. */
  readonly forCollection: AnalysedDocument[] = [];
  private readonly folder = mkdtempSync(join(tmpdir(), 'puente-analyses-'));
  private readonly fd = openSync(join(this.folder, 'analyses.bin'), 'w+');
  private end = 0;
  /** Where each document's text and analysis lie in the file: text start, analysis start, analysis end. */
  private readonly places: Array<readonly [number, number, number]> = [];
  private readonly byId = new Map<string, number>();
  // Layers read back many times over hold one copy of each short string they repeat (kinds, names, roles).
  private readonly strings = new StringPool();
  private closed = false;

  get length(): number {
    return this.places.length;
  }

  add(analysis: StandardAnalysis): void {
    const index = this.places.length;
    const start = this.end;
    this.write(Buffer.from(analysis.document.text, 'utf8'));
    const middle = this.end;
    this.write(serialize(analysis));
    this.places.push([start, middle, this.end]);
    if (!this.byId.has(analysis.document.id)) this.byId.set(analysis.document.id, index);
    const id = analysis.document.id;
    const text = () => this.textAt(index);
    const layers = () => this.strings.intern(collectionInputOf(this.at(index)).layers);
    this.forCollection.push({
      document: {
        id,
        get text() {
          return text();
        },
      },
      get layers() {
        return layers();
      },
    });
  }

  /** The analysis added `index`th, read back from the file. */
  at(index: number): StandardAnalysis {
    const [, start, end] = this.places[index]!;
    return deserialize(this.read(start, end)) as StandardAnalysis;
  }

  *[Symbol.iterator](): Iterator<StandardAnalysis> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  /** The text of a document by id (for the findings' evidence), read back from the file. */
  readonly textOf = (id: string): string | undefined => {
    const index = this.byId.get(id);
    return index === undefined ? undefined : this.textAt(index);
  };

  close(): void {
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    rmSync(this.folder, { recursive: true, force: true });
  }

  private textAt(index: number): string {
    const [start, end] = this.places[index]!;
    return this.read(start, end).toString('utf8');
  }

  private write(bytes: Uint8Array): void {
    for (let written = 0; written < bytes.length;)
      written += writeSync(this.fd, bytes, written, bytes.length - written, this.end + written);
    this.end += bytes.length;
  }

  private read(start: number, end: number): Buffer {
    if (this.closed) throw new Error('spilled analyses: read after close');
    const bytes = Buffer.alloc(end - start);
    for (let read = 0; read < bytes.length;) {
      const got = readSync(this.fd, bytes, read, bytes.length - read, start + read);
      if (got === 0) throw new Error(`spilled analyses: the file ends at ${start + read}, before ${end}`);
      read += got;
    }
    return bytes;
  }
}
