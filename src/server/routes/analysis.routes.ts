import { Hono } from 'hono';
import { z } from 'zod';
import { InputError, NotFoundError } from '../../core/index.js';
import type { StoredAnalysisService } from '../../services/stored-analysis.service.js';
import type { PastedTextService } from '../../services/pasted-text.service.js';
import { jsonBody, parse } from '../validate.js';

const pasted = z.strictObject({
  text: z.string().min(1, 'is empty').max(5_000_000, 'is over 5 MB'),
  name: z.string().max(200).default('pasted.txt'),
  format: z.enum(['text', 'html']).default('text'),
  store: z.boolean().default(false),
});

/** Entities, findings, events, search across stored documents, and analysing pasted text. */
export function analysisRoutes(analysis: StoredAnalysisService, pastedText: PastedTextService) {
  return new Hono()
    .get('/entities', async (c) => {
      const { entities, documents } = await analysis.analysis();
      const counts = new Map<string, number>();
      for (const document of documents) for (const m of document.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
      return c.json({ entities: entities.map((e) => ({ ...e, mentions: counts.get(e.id) ?? 0 })) });
    })
    .get('/entities/:id', async (c) => {
      const id = c.req.param('id');
      const { entities, documents } = await analysis.analysis();
      const entity = entities.find((e) => e.id === id);
      if (!entity) throw new NotFoundError('entity', id);
      const cite = (d: (typeof documents)[number]) => ({ document: d.id, documentTitle: d.title, published: d.published });
      const mentions = documents.flatMap((d) => d.mentions.filter((m) => m.entity === id).map((m) => ({ ...cite(d), start: m.start, end: m.end, text: m.text })));
      const quotes = documents.flatMap((d) => d.quotes.filter((q) => q.speaker === id).map((q) => ({ ...q, ...cite(d) })));
      const events = documents.flatMap((d) => (d.events as Array<{ actors?: readonly string[]; recipients?: readonly string[] }>).filter((e) => e.actors?.includes(id) || e.recipients?.includes(id)).map((e) => ({ ...e, ...cite(d) })));
      return c.json({ entity: { ...entity, mentions: mentions.length }, mentions, quotes, events });
    })
    .get('/findings', async (c) => c.json({ findings: (await analysis.analysis()).findings }))
    .get('/events', async (c) => {
      const { documents } = await analysis.analysis();
      const events = documents.flatMap((d) => (d.events as Array<{ date?: string | null }>).map((e) => ({ ...e, document: d.id, documentTitle: d.title })));
      events.sort((a, b) => String(a.date ?? '9999').localeCompare(String(b.date ?? '9999')));
      return c.json({ events });
    })
    .get('/search', async (c) => {
      const q = parse(z.string().trim().min(2, 'needs at least 2 characters').max(200), c.req.query('q') ?? '', 'q');
      const needle = q.toLowerCase();
      const { documents } = await analysis.analysis();
      const hits = documents.flatMap((d) => {
        const lower = d.text.toLowerCase();
        const found: Array<{ document: string; title: string | null; start: number; end: number; snippet: string }> = [];
        for (let at = lower.indexOf(needle); at >= 0 && found.length < 20; at = lower.indexOf(needle, at + needle.length)) {
          if (d.chrome.some((span) => span.start <= at && at < span.end)) continue;
          found.push({ document: d.id, title: d.title, start: at, end: at + needle.length, snippet: d.text.slice(Math.max(0, at - 80), at + needle.length + 80) });
        }
        return found;
      });
      return c.json({ query: q, hits });
    })
    .post('/analyze', async (c) => {
      const body = parse(pasted, await jsonBody(c.req), 'body');
      if (!body.text.trim()) throw new InputError('body.text', 'has no text');
      return c.json(await pastedText.analyze(body));
    });
}
