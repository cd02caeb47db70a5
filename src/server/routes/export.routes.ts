import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import { evidenceQuery, exportQuery as analysisQuery } from '../../core/api/index.js';
import type { AnalysisRecords } from '../../export/analysis-records.js';
import { renderAnalysisExport, renderEvidenceExport, type RenderedExport } from '../../export/render-export.js';
import type { ExportService } from '../../services/export.service.js';
import { parse } from '../validate.js';

/** Sends an export as a file to save. */
function download(c: Context, rendered: RenderedExport) {
  return c.body(rendered.body, 200, {
    'content-type': rendered.mediaType,
    'content-disposition': `attachment; filename="${rendered.fileName}"`,
  });
}

/** Keeps the items of one document, and the events the timeline's filters keep (type or mode, actor, dates). */
function filtered(records: AnalysisRecords, query: z.infer<typeof analysisQuery>): AnalysisRecords {
  const inDocument = <T extends { source: { document: string } }>(items: readonly T[]) =>
    query.document ? items.filter((i) => i.source.document === query.document) : items;
  const events = inDocument(records.events).filter(
    (e) =>
      (!query.type || e.type === query.type || e.mode === query.type) &&
      (!query.actor || [...e.actors, ...e.recipients].some((a) => a.id === query.actor)) &&
      (!query.from || (e.date !== null && e.date.value >= query.from)) &&
      (!query.to || (e.date !== null && e.date.value.slice(0, query.to.length) <= query.to)),
  );
  return { events, quotes: inDocument(records.quotes), figures: inDocument(records.figures) };
}

/** /api/export/…: the exports of `puente export`, as downloads. */
export function exportRoutes(exports: ExportService) {
  return new Hono()
    .get('/:kind{events|quotes|figures}', async (c) => {
      const query = parse(analysisQuery, c.req.query(), 'query');
      const kind = c.req.param('kind') as 'events' | 'quotes' | 'figures';
      const rendered = renderAnalysisExport(kind, query.format, filtered(await exports.records(), query));
      const suffix = query.document ? `-${query.document}` : '';
      return download(c, { ...rendered, fileName: rendered.fileName.replace(/\.(\w+)$/, `${suffix}.$1`) });
    })
    .get('/evidence/:agreement/:local', async (c) => {
      const query = parse(evidenceQuery, c.req.query(), 'query');
      const agreementId = c.req.param('agreement');
      const commitmentId = `${agreementId}/${c.req.param('local')}`;
      return download(
        c,
        renderEvidenceExport(
          query.format,
          await exports.evidence({ agreementId, commitmentId, today: query.today }),
          commitmentId,
        ),
      );
    })
    .get('/evidence/:agreement', async (c) => {
      const query = parse(evidenceQuery, c.req.query(), 'query');
      return download(
        c,
        renderEvidenceExport(
          query.format,
          await exports.evidence({ agreementId: c.req.param('agreement'), today: query.today }),
        ),
      );
    });
}
