import { Hono } from 'hono';
import { z } from 'zod';
import type { DocumentsService } from '../../services/documents.service.js';
import type { StoredAnalysisService } from '../../services/stored-analysis.service.js';
import { parse } from '../validate.js';

const documentId = z.string().regex(/^[0-9a-f]{16}$/, 'a document id is 16 hex digits');

/** /api/documents: stored documents, and each one's text with its furniture and extracted layers. */
export function documentsRoutes(documents: DocumentsService, analysis: StoredAnalysisService) {
  return new Hono()
    .get('/', async (c) => c.json({ documents: await documents.list() }))
    .get('/:id', async (c) => {
      const id = parse(documentId, c.req.param('id'), 'id');
      const stored = await documents.get(id);
      return c.json({ document: stored, analysis: await analysis.document(id) });
    });
}
