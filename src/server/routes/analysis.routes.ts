import { Hono } from 'hono';
import { z } from 'zod';
import {
  analyzeRequest,
  documentIdList,
  pageQuery,
  searchFilters,
  searchQuery,
  storyFilters,
} from '../../core/api/index.js';
import { InputError, NotFoundError } from '../../core/index.js';
import type { ContractAnalysis } from '../../export/contract-json.js';
import type { StoredAnalysisService } from '../../services/stored-analysis.service.js';
import type { PastedTextService } from '../../services/pasted-text.service.js';
import { actorOf } from '../actor.js';
import { encodeCursor, cursorKey, pageInMemory } from '../paging.js';
import { jsonBody, parse } from '../validate.js';

type Stories = ContractAnalysis['stories'];

/** A story with each report's document title, date and sentence, for a reader. */
function citedStories(stories: Stories, documents: ContractAnalysis['documents']) {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return stories.map((story) => ({
    ...story,
    reports: story.reports.map((report) => {
      const document = byId.get(report.document);
      return {
        ...report,
        documentTitle: document?.title ?? null,
        published: document?.published ?? null,
        text: document?.text.slice(report.start, report.end) ?? '',
      };
    }),
  }));
}

/** Stories by their first day, undated ones last, then in the order they were found. */
const byFirstDate = (a: Stories[number], b: Stories[number]) =>
  String(a.firstDate ?? '9999').localeCompare(String(b.firstDate ?? '9999'));

/** Entities, findings, stories and events, search across stored documents, and analysing pasted text. */
export function analysisRoutes(analysis: StoredAnalysisService, pastedText: PastedTextService) {
  return (
    new Hono()
      .get('/entities', async (c) => {
        const query = parse(pageQuery.extend({ kind: z.string().max(40).optional() }), c.req.query(), 'query');
        const { entities, documents } = await analysis.analysis();
        const counts = new Map<string, number>();
        for (const document of documents)
          for (const m of document.mentions) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
        const counted = entities
          .filter((e) => !query.kind || e.kind === query.kind)
          .map((e) => ({ ...e, mentions: counts.get(e.id) ?? 0 }));
        // Most mentioned first, then by name.
        return c.json(pageInMemory(counted, (e) => [-e.mentions, e.name, e.id], query));
      })
      .get('/entities/:id', async (c) => {
        const id = c.req.param('id');
        const { entities, documents } = await analysis.analysis();
        const entity = entities.find((e) => e.id === id);
        if (!entity) throw new NotFoundError('entity', id);
        const cite = (d: (typeof documents)[number]) => ({
          document: d.id,
          documentTitle: d.title,
          published: d.published,
        });
        const mentions = documents.flatMap((d) =>
          d.mentions
            .filter((m) => m.entity === id)
            .map((m) => ({ ...cite(d), start: m.start, end: m.end, text: m.text })),
        );
        const quotes = documents.flatMap((d) =>
          d.quotes.filter((q) => q.speaker === id).map((q) => ({ ...q, ...cite(d) })),
        );
        const events = documents.flatMap((d) =>
          (d.events as Array<{ actors?: readonly string[]; recipients?: readonly string[] }>)
            .filter((e) => e.actors?.includes(id) || e.recipients?.includes(id))
            .map((e) => ({ ...e, ...cite(d) })),
        );
        const { stories } = await analysis.analysis();
        const theirs = citedStories(
          stories.filter((story) => story.participants.includes(id)),
          documents,
        ).sort(byFirstDate);
        return c.json({ entity: { ...entity, mentions: mentions.length }, mentions, quotes, events, stories: theirs });
      })
      // Findings are worked out between the documents the user compares, never over the whole store.
      .get('/findings', async (c) => {
        const ids = parse(documentIdList, c.req.query('docs') ?? '', 'docs');
        const query = parse(pageQuery, c.req.query(), 'query');
        const { findings, stories, documents } = await analysis.compare(ids);
        // Findings come in the order comparing found them, which is the same for the same documents.
        const positions = new Map(findings.map((f, i) => [f, i]));
        return c.json({
          ...pageInMemory(findings, (f) => [positions.get(f)!], query),
          stories: citedStories(stories, documents),
        });
      })
      .get('/stories', async (c) => {
        const filters = parse(pageQuery.extend(storyFilters.shape), c.req.query(), 'query');
        const { documents, stories } = await analysis.analysis();
        const day = (story: Stories[number]) => story.firstDate;
        const chosen = stories.filter(
          (story) =>
            (!filters.type || story.type === filters.type || story.mode === filters.type) &&
            (!filters.actor || story.participants.includes(filters.actor)) &&
            (!filters.document || story.documents.includes(filters.document)) &&
            (!filters.from || (day(story) !== null && (story.lastDate ?? '') >= filters.from)) &&
            (!filters.to || (day(story) !== null && day(story)!.slice(0, filters.to.length) <= filters.to)),
        );
        const types = [
          ...new Set(stories.flatMap((story) => [story.type, ...(story.mode ? [story.mode] : [])])),
        ].sort();
        // By first day, undated ones last; then by id, and by the place in the collection where one event is told as stories of two modes.
        const positions = new Map(stories.map((story, i) => [story, i]));
        const page = pageInMemory(
          chosen,
          (story) => [story.firstDate ?? '9999', story.id, positions.get(story)!],
          filters,
        );
        return c.json({ ...page, items: citedStories(page.items, documents), types });
      })
      .get('/events', async (c) => {
        const query = parse(pageQuery, c.req.query(), 'query');
        const { documents } = await analysis.analysis();
        const events = documents.flatMap((d) =>
          d.events.map((e, index) => ({
            ...(e as { date?: string | null }),
            document: d.id,
            documentTitle: d.title,
            index,
          })),
        );
        // By date, undated last; the document and the event's place in it keep one day's events in a fixed order.
        const page = pageInMemory(events, (e) => [String(e.date ?? '9999'), e.document, e.index], query);
        return c.json({ ...page, items: page.items.map(({ index: _, ...e }) => e) });
      })
      .get('/search', async (c) => {
        const q = parse(searchQuery, c.req.query('q') ?? '', 'q');
        const query = parse(pageQuery.extend(searchFilters.shape), { ...c.req.query(), q: undefined }, 'query');
        const { limit, cursor, ...filters } = query;
        // Hits are ranked, and the same search over the same index ranks them the same: a page starts at an offset.
        const offset = cursorKey(cursor, z.tuple([z.number().int().min(0)]))?.[0] ?? 0;
        const { total, hits } = await analysis.search(q, filters, offset + limit);
        const next = offset + limit < total ? encodeCursor([offset + limit]) : null;
        return c.json({ query: q, items: hits.slice(offset), nextCursor: next, total });
      })
      .post('/analyze', async (c) => {
        const body = parse(analyzeRequest, await jsonBody(c.req), 'body');
        if (!body.text.trim()) throw new InputError('body.text', 'has no text');
        return c.json(await pastedText.analyze(actorOf(c, { named: false }), body));
      })
  );
}
