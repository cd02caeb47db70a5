import { Hono } from 'hono';
import { z } from 'zod';
import { assessmentRequest, followupQuery, isoDay, pageQuery, proposalFilters } from '../../core/api/index.js';
import type { DocumentsService } from '../../services/documents.service.js';
import type { FollowupService } from '../../services/followup.service.js';
import type { ReviewService } from '../../services/review.service.js';
import type { TrackingService } from '../../services/tracking.service.js';
import { actorOf } from '../actor.js';
import { cursorKey, pageFromStore } from '../paging.js';
import { jsonBody, parse } from '../validate.js';

/** The `today` a request asks for, or none: the service then counts overdue on its own day (see `overdueDay`). */
const asked = (value: string | undefined) => (value ? parse(isoDay, value, 'today') : undefined);

/** /api/agreements, /api/commitments, /api/proposals, /api/followup: following an agreement up. */
export function trackingRoutes(
  tracking: TrackingService,
  review: ReviewService,
  followup: FollowupService,
  documents: DocumentsService,
) {
  return new Hono()
    .get('/agreements', async (c) => c.json({ agreements: await tracking.listAgreements() }))
    .get('/agreements/:id', async (c) =>
      c.json({ agreement: await tracking.board(c.req.param('id'), asked(c.req.query('today'))) }),
    )
    .get('/agreements/:id/followup', async (c) => {
      const query = parse(followupQuery, c.req.query(), 'query');
      return c.json({
        followup: await followup.followup(c.req.param('id'), {
          today: query.today ?? null,
          since: query.since ?? null,
          firstItems: query.limit,
        }),
      });
    })
    .get('/commitments/:agreement/:local', async (c) => {
      const commitment = await tracking.commitment(
        `${c.req.param('agreement')}/${c.req.param('local')}`,
        asked(c.req.query('today')),
      );
      return c.json({
        commitment: {
          ...commitment,
          evidence: await documents.cite(commitment.evidence),
          assessments: await Promise.all(
            commitment.assessments.map(async (a) => ({ ...a, evidence: await documents.cite(a.evidence) })),
          ),
          history: await Promise.all(
            commitment.history.map(async (h) => ({ ...h, evidence: await documents.cite(h.evidence) })),
          ),
        },
      });
    })
    .put('/commitments/:agreement/:local/assessments/:party', async (c) => {
      const body = parse(assessmentRequest, await jsonBody(c.req), 'body');
      const id = `${c.req.param('agreement')}/${c.req.param('local')}`;
      return c.json(await tracking.assess(actorOf(c), id, c.req.param('party'), body));
    })
    .get('/proposals', async (c) => {
      const query = parse(pageQuery.extend(proposalFilters.shape), c.req.query(), 'query');
      const filter = { state: query.state, commitmentId: query.commitment };
      const page = await pageFromStore(
        { limit: query.limit, after: cursorKey(query.cursor, z.tuple([z.number(), z.string()])) },
        (key, limit) => review.page(filter, key ? { score: key[0], id: key[1] } : null, limit),
        (p) => [p.score, p.id] as [number, string],
        () => review.count(filter),
      );
      const items = await Promise.all(
        page.items.map(async (p) => ({ ...(await documents.cite([{ ...p, note: null }]))[0]!, ...p })),
      );
      return c.json({ ...page, items });
    })
    .post('/proposals/:id/:decision{accept|reject}', async (c) => {
      const decision = c.req.param('decision') === 'accept' ? 'accepted' : 'rejected';
      return c.json({ proposal: await review.decide(actorOf(c), c.req.param('id'), decision) });
    });
}
