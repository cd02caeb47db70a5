import { Hono } from 'hono';
import { urlRequest, watchQuery, watchRequest } from '../../core/api/index.js';
import { parseInterval, DEFAULT_EVERY_SECONDS, type WatchService } from '../../services/watch.service.js';
import type { WebIntakeService } from '../../services/web-intake.service.js';
import { authorize } from '../../services/access-policy.js';
import { actorOf } from '../actor.js';
import { jsonBody, parse } from '../validate.js';

/**
 * /api/intake and /api/watches: read a web page or feed once by URL, and the feeds read on a
 * schedule (with their last error and next try).
 */
export function intakeRoutes(intake: WebIntakeService, watches: WatchService) {
  // Fetching into the store and watching feeds add documents: a role that may add them, as for pasted text.
  const mayAdd = (c: Parameters<typeof actorOf>[0]) => authorize(actorOf(c, { named: false }), 'documents.add');
  return new Hono()
    .post('/intake/url', async (c) => {
      mayAdd(c);
      const { url } = parse(urlRequest, await jsonBody(c.req), 'body');
      return c.json(await intake.ingestUrl(url));
    })
    .get('/watches', async (c) => c.json({ watches: await watches.list() }))
    .post('/watches', async (c) => {
      mayAdd(c);
      const body = parse(watchRequest, await jsonBody(c.req), 'body');
      const every = body.every ? parseInterval(body.every, 'body.every') : DEFAULT_EVERY_SECONDS;
      const result = await watches.add(body.url, every);
      return c.json(result, result.added ? 201 : 200);
    })
    .post('/watches/poll', async (c) => {
      mayAdd(c);
      const { url } = parse(urlRequest, await jsonBody(c.req), 'body');
      return c.json({ poll: await watches.pollOne(url) });
    })
    .delete('/watches', async (c) => {
      mayAdd(c);
      const url = parse(watchQuery.shape.url, c.req.query('url') ?? '', 'url');
      await watches.remove(url);
      return c.json({ removed: url });
    });
}
