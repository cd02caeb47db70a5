import { Hono } from 'hono';
import { z } from 'zod';
import { documentId, pageQuery } from '../../core/api/index.js';
import type { DocumentsService } from '../../services/documents.service.js';
import type { StoredAnalysisService } from '../../services/stored-analysis.service.js';
import { cursorKey, pageFromStore } from '../paging.js';
import { parse } from '../validate.js';

/** /api/documents: stored documents, a page at a time, and each one's text with its furniture and extracted layers. */
export function documentsRoutes(documents: DocumentsService, analysis: StoredAnalysisService) {
  return new Hono()
    .get('/', async (c) => {
      const query = parse(pageQuery, c.req.query(), 'query');
      const after = cursorKey(query.cursor, z.tuple([z.string(), z.string()]));
      return c.json(
        await pageFromStore(
          { limit: query.limit, after },
          (key, limit) => documents.page(key ? { createdAt: key[0], id: key[1] } : null, limit),
          (d) => [d.createdAt, d.id] as [string, string],
          () => documents.count(),
        ),
      );
    })
    .get('/:id', async (c) => {
      const id = parse(documentId, c.req.param('id'), 'id');
      const stored = await documents.get(id);
      return c.json({ document: stored, analysis: await analysis.document(id) });
    });
}
