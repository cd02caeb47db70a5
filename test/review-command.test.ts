import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewCommand } from '../src/cli/commands/review.command.js';
import { readAgreementFile } from '../src/services/agreement-file.js';
import { createServices, type Services } from '../src/services/create-services.js';
import { defaultReadLimits, openStore, type Store } from '../src/services/open-store.js';
import { captureIo } from './helpers/capture-io.js';
import { repoRoot } from './helpers/shared.js';

// The review command and the API cite evidence through one service method, DocumentsService.cite.
describe('citing evidence', () => {
  const dir = mkdtempSync(join(tmpdir(), 'puente-cite-'));
  const path = join(dir, 'store.db');
  let store: Store;
  let services: Services;
  beforeAll(async () => {
    store = (await openStore(path, { error: (line) => expect.fail(line) }))!;
    services = createServices(store);
    await services.ingest.ingestPaths([join(repoRoot, 'example', 'documents')], defaultReadLimits);
    const agreement = await readAgreementFile(join(repoRoot, 'example', 'agreement.yaml'));
    await services.tracking.importAgreement(agreement, { name: 'Secretariat', party: null, role: 'local' });
    await services.proposals.propose(agreement.id);
  });
  afterAll(async () => {
    await store.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('quotes each span from its document, with the title and date, and nulls for a document that is gone', async () => {
    const [proposal] = await services.review.list({ state: 'pending' });
    expect(proposal).toBeDefined();
    const document = await services.documents.get(proposal!.documentId);
    const [cited, missing] = await services.documents.cite([
      proposal!,
      { ...proposal!, documentId: 'no-such-document' },
    ]);
    expect(cited).toMatchObject({ id: proposal!.id, documentTitle: document.title, published: document.published });
    expect(cited!.text).toBe(document.text.slice(proposal!.start, proposal!.end));
    expect(missing).toMatchObject({ text: null, documentTitle: null, published: null });
  });

  it('lists pending proposals on the command line with the sentence and the title that the service cites', async () => {
    const [first] = await services.documents.cite((await services.review.list({ state: 'pending' })).slice(0, 1));
    const io = captureIo();
    expect(await reviewCommand(['list', '--db', path, '--limit', '1'], io)).toBe(0);
    const shown = first!.text!.replace(/\s+/g, ' ');
    expect(io.stdout.join('\n')).toContain(`"${shown.length > 220 ? `${shown.slice(0, 219)}…` : shown}"`);
    expect(io.stdout.join('\n')).toContain(
      `  ${first!.documentTitle ?? first!.documentId} · ${first!.kind} · ${first!.reason}`,
    );
  });
});
