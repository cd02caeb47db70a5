import { Hono } from 'hono';
import { z } from 'zod';
import { InputError, NotFoundError } from '../../core/index.js';
import type { ContractAnalysis } from '../../export/contract-json.js';
import type { StoredAnalysisService } from '../../services/stored-analysis.service.js';
import type { PastedTextService } from '../../services/pasted-text.service.js';
import { actorOf } from '../actor.js';
import { jsonBody, parse } from '../validate.js';

const pasted = z.strictObject({
  text: z.string().min(1, 'is empty').max(5_000_000, 'is over 5 MB'),
  name: z.string().max(200).default('pasted.txt'),
  format: z.enum(['text', 'html']).default('text'),
  store: z.boolean().default(false),
});

const storyFilters = z.object({
  type: z.string().max(40).optional(),
  actor: z.string().max(200).optional(),
  from: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'is not a date (YYYY, YYYY-MM or YYYY-MM-DD)').optional(),
  to: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'is not a date (YYYY, YYYY-MM or YYYY-MM-DD)').optional(),
  document: z.string().max(64).optional(),
});

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'is not a date (YYYY, YYYY-MM or YYYY-MM-DD)');

const searchFilters = z.object({
  language: z.string().max(8).optional(),
  source: z.string().max(200).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  entity: z.string().max(200).optional(),
});

const documentIds = z
  .string()
  .transform((value) => [...new Set(value.split(',').map((id) => id.trim()).filter(Boolean))])
  .pipe(z.array(z.string().max(64)).min(2, 'needs two or more document ids, separated by commas').max(20, 'takes at most 20 documents'));

type Stories = ContractAnalysis['stories'];

/** A story with each report's document title, date and sentence, for a reader. */
function citedStories(stories: Stories, documents: ContractAnalysis['documents']) {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return stories.map((story) => ({
    ...story,
    reports: story.reports.map((report) => {
      const document = byId.get(report.document);
      return { ...report, documentTitle: document?.title ?? null, published: document?.published ?? null, text: document?.text.slice(report.start, report.end) ?? '' };
    }),
  }));
}

/** Stories by their first day, undated ones last, then in the order they were found. */
const byFirstDate = (a: Stories[number], b: Stories[number]) => String(a.firstDate ?? '9999').localeCompare(String(b.firstDate ?? '9999'));

/** Entities, findings, stories and events, search across stored documents, and analysing pasted text. */
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
      const { stories } = await analysis.analysis();
      const theirs = citedStories(stories.filter((story) => story.participants.includes(id)), documents).sort(byFirstDate);
      return c.json({ entity: { ...entity, mentions: mentions.length }, mentions, quotes, events, stories: theirs });
    })
    // Findings are worked out between the documents the user compares, never over the whole store.
    .get('/findings', async (c) => {
      const ids = parse(documentIds, c.req.query('docs') ?? '', 'docs');
      const { findings, stories, documents } = await analysis.compare(ids);
      return c.json({ findings, stories: citedStories(stories, documents) });
    })
    .get('/stories', async (c) => {
      const filters = parse(storyFilters, c.req.query(), 'query');
      const { documents, stories } = await analysis.analysis();
      const day = (story: Stories[number]) => story.firstDate;
      const chosen = stories.filter((story) =>
        (!filters.type || story.type === filters.type || story.mode === filters.type) &&
        (!filters.actor || story.participants.includes(filters.actor)) &&
        (!filters.document || story.documents.includes(filters.document)) &&
        (!filters.from || (day(story) !== null && (story.lastDate ?? '') >= filters.from)) &&
        (!filters.to || (day(story) !== null && day(story)!.slice(0, filters.to.length) <= filters.to)));
      const types = [...new Set(stories.flatMap((story) => [story.type, ...(story.mode ? [story.mode] : [])]))].sort();
      return c.json({ total: stories.length, types, stories: citedStories([...chosen].sort(byFirstDate), documents) });
    })
    .get('/events', async (c) => {
      const { documents } = await analysis.analysis();
      const events = documents.flatMap((d) => (d.events as Array<{ date?: string | null }>).map((e) => ({ ...e, document: d.id, documentTitle: d.title })));
      events.sort((a, b) => String(a.date ?? '9999').localeCompare(String(b.date ?? '9999')));
      return c.json({ events });
    })
    .get('/search', async (c) => {
      const q = parse(z.string().trim().min(2, 'needs at least 2 characters').max(200), c.req.query('q') ?? '', 'q');
      const filters = parse(searchFilters, { ...c.req.query(), q: undefined }, 'query');
      const { total, hits } = await (await analysis.searchIndex()).search(q, filters);
      return c.json({ query: q, total, hits });
    })
    .post('/analyze', async (c) => {
      const body = parse(pasted, await jsonBody(c.req), 'body');
      if (!body.text.trim()) throw new InputError('body.text', 'has no text');
      return c.json(await pastedText.analyze(actorOf(c, { named: false }), body));
    });
}
