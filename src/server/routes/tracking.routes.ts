import { Hono } from 'hono';
import { z } from 'zod';
import { implementationStatuses, type Evidence } from '../../core/index.js';
import type { DocumentsService } from '../../services/documents.service.js';
import type { FollowupService } from '../../services/followup.service.js';
import type { ReviewService } from '../../services/review.service.js';
import type { TrackingService } from '../../services/tracking.service.js';
import { actorOf } from '../actor.js';
import { jsonBody, parse } from '../validate.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const assessmentBody = z.strictObject({
  status: z.enum(implementationStatuses),
  narrative: z.string().max(10_000).default(''),
  evidence: z
    .array(z.strictObject({ documentId: z.string().regex(/^[0-9a-f]{16}$/), start: z.number().int().min(0), end: z.number().int().min(0), kind: z.enum(['sentence', 'quote', 'event', 'figure', 'commitment']).default('sentence'), note: z.string().nullable().default(null) }))
    .default([]),
});
/** The `today` a request asks for, or none: the service then counts overdue on its own day (see `overdueDay`). */
const asked = (value: string | undefined) => (value ? parse(isoDate, value, 'today') : undefined);

/** Quotes each evidence span with its document's title and date, so the UI can cite and link it. */
async function cite(documents: DocumentsService, evidence: readonly Evidence[]) {
  return Promise.all(evidence.map(async (e) => {
    const document = await documents.get(e.documentId).catch(() => null);
    return { ...e, text: document?.text.slice(e.start, e.end) ?? null, documentTitle: document?.title ?? null, published: document?.published ?? null };
  }));
}

/** /api/agreements, /api/commitments, /api/proposals, /api/followup: following an agreement up. */
export function trackingRoutes(tracking: TrackingService, review: ReviewService, followup: FollowupService, documents: DocumentsService) {
  return new Hono()
    .get('/agreements', async (c) => c.json({ agreements: await tracking.listAgreements() }))
    .get('/agreements/:id', async (c) => c.json({ agreement: await tracking.board(c.req.param('id'), asked(c.req.query('today'))) }))
    .get('/agreements/:id/followup', async (c) => {
      const since = c.req.query('since');
      return c.json({ followup: await followup.followup(c.req.param('id'), { today: asked(c.req.query('today')) ?? null, since: since ? parse(isoDate, since, 'since') : null }) });
    })
    .get('/commitments/:agreement/:local', async (c) => {
      const commitment = await tracking.commitment(`${c.req.param('agreement')}/${c.req.param('local')}`, asked(c.req.query('today')));
      return c.json({
        commitment: {
          ...commitment,
          evidence: await cite(documents, commitment.evidence),
          assessments: await Promise.all(commitment.assessments.map(async (a) => ({ ...a, evidence: await cite(documents, a.evidence) }))),
          history: await Promise.all(commitment.history.map(async (h) => ({ ...h, evidence: await cite(documents, h.evidence) }))),
        },
      });
    })
    .put('/commitments/:agreement/:local/assessments/:party', async (c) => {
      const body = parse(assessmentBody, await jsonBody(c.req), 'body');
      const id = `${c.req.param('agreement')}/${c.req.param('local')}`;
      return c.json(await tracking.assess(actorOf(c), id, c.req.param('party'), body));
    })
    .get('/proposals', async (c) => {
      const state = parse(z.enum(['pending', 'accepted', 'rejected']).default('pending'), c.req.query('state'), 'state');
      const proposals = await review.list({ state, commitmentId: c.req.query('commitment') });
      const withText = await Promise.all(proposals.slice(0, 200).map(async (p) => ({ ...(await cite(documents, [{ ...p, note: null }]))[0]!, ...p })));
      return c.json({ total: proposals.length, proposals: withText });
    })
    .post('/proposals/:id/:decision{accept|reject}', async (c) => {
      const decision = c.req.param('decision') === 'accept' ? 'accepted' : 'rejected';
      return c.json({ proposal: await review.decide(actorOf(c), c.req.param('id'), decision) });
    });
}
