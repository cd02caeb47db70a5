// A small typed client over /api. With users, requests carry the session cookie and writes the
// session's CSRF token; in the local single-user mode, writes carry who is acting from the header
// selector (percent-encoded, so names in any script travel as UTF-8) and the page's CSRF token.
import type {
  Agreement,
  Analysis,
  AnalysisStatus,
  AnalyzeRequest,
  AssessmentRequest,
  Board,
  CitedEvent,
  CommitmentDetail,
  DocumentDetail,
  Entity,
  EntityDetail,
  Finding,
  Page,
  PollResult,
  Proposal,
  SearchHit,
  Session,
  StoredDocument,
  Story,
  UrlIngestResult,
  Watch,
} from './types.js';
import type { JobOverview } from './types.js';

export type { Session, SessionUser } from './types.js';

export interface Actor {
  name: string;
  party: string;
}

let session: Session = { mode: 'local', user: null, csrfToken: null, expiresAt: null, hasUsers: false };

/** The session as last fetched from the server. */
export const currentSession = (): Session => session;

const actorKey = 'puente.actor';

/** Who acts: the signed-in user, or in the local mode what the "Acting as" box says. */
export function currentActor(): Actor {
  if (session.mode === 'users') return { name: session.user?.name ?? '', party: session.user?.party ?? '' };
  try {
    const saved = JSON.parse(localStorage.getItem(actorKey) ?? 'null') as Partial<Actor> | null;
    return {
      name: typeof saved?.name === 'string' ? saved.name : '',
      party: typeof saved?.party === 'string' ? saved.party : '',
    };
  } catch {
    return { name: '', party: '' };
  }
}

export function saveActor(actor: Actor): void {
  localStorage.setItem(actorKey, JSON.stringify(actor));
}

/** Whether the acting user may write `party`'s assessment (its own party's assessor, or the local user for the party chosen). */
export function canAssess(party: string): boolean {
  const actor = currentActor();
  if (session.mode === 'users') return session.user?.role === 'assessor' && actor.party === party;
  return actor.name !== '' && actor.party === party;
}

/** Whether the acting user may decide on evidence proposals. */
export function canReview(): boolean {
  return session.mode === 'users' ? session.user?.role === 'reviewer' : currentActor().name !== '';
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init: RequestInit & { json?: unknown; act?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  const method = init.method ?? 'GET';
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && session.csrfToken) headers['x-csrf-token'] = session.csrfToken;
  if (init.act && session.mode === 'local') {
    const actor = currentActor();
    if (!actor.name.trim())
      throw new ApiError(400, 'no_actor', 'Say who you are first: enter your name in the “Acting as” box at the top.');
    headers['x-puente-user'] = encodeURIComponent(actor.name.trim());
    if (actor.party) headers['x-puente-party'] = actor.party;
  }
  const response = await fetch(`/api${path}`, {
    method,
    headers,
    credentials: 'same-origin',
    body: init.json === undefined ? null : JSON.stringify(init.json),
  });
  const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  // The session ended (expired, signed out elsewhere): the app shows the sign-in page again.
  if (response.status === 401 && path !== '/session') window.dispatchEvent(new CustomEvent('puente:signed-out'));
  if (!response.ok)
    throw new ApiError(response.status, body?.error?.code ?? 'http', body?.error?.message ?? `HTTP ${response.status}`);
  return body as T;
}

let entityCache: Promise<Map<string, Entity>> | null = null;

/** Query parameters from filters, leaving out empty ones. */
const paramsOf = (values: Record<string, string | number | undefined>) =>
  new URLSearchParams(
    Object.entries(values)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => [k, String(v)]),
  );
const withQuery = (path: string, values: Record<string, string | number | undefined>) => {
  const params = paramsOf(values);
  return `${path}${params.size ? `?${params}` : ''}`;
};

/** How far into a list to read: the next page's cursor, and how many items. */
export interface PageRequest {
  cursor?: string;
  limit?: number;
}

/** Every page of a list, for the few places that need all of it (names of entities). */
async function allPages<T>(read: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null | undefined;
  do {
    const page = await read({ limit: 500, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return items;
}

export const api = {
  /** Asks the server how it runs and who is signed in, and keeps the answer for later requests. */
  session: () => request<Session>('/session').then((s) => (session = s)),
  signIn: (name: string, password: string) =>
    request<Session>('/session', { method: 'POST', json: { name, password } }).then((s) => (session = s)),
  signOut: () =>
    request<unknown>('/session', { method: 'DELETE' }).then(() => {
      session = { ...session, user: null, csrfToken: null, expiresAt: null };
    }),
  agreements: () => request<{ agreements: Agreement[] }>('/agreements').then((r) => r.agreements),
  board: (id: string) =>
    request<{ agreement: Board }>(`/agreements/${encodeURIComponent(id)}`).then((r) => r.agreement),
  commitment: (id: string) =>
    request<{ commitment: CommitmentDetail }>(`/commitments/${id.split('/').map(encodeURIComponent).join('/')}`).then(
      (r) => r.commitment,
    ),
  assess: (id: string, party: string, body: AssessmentRequest) =>
    request<unknown>(
      `/commitments/${id.split('/').map(encodeURIComponent).join('/')}/assessments/${encodeURIComponent(party)}`,
      { method: 'PUT', json: body, act: true },
    ),
  documents: (page: PageRequest = {}) => request<Page<StoredDocument>>(withQuery('/documents', { ...page })),
  document: (id: string) => request<DocumentDetail>(`/documents/${encodeURIComponent(id)}`),
  entities: (page: PageRequest & { kind?: string } = {}) => request<Page<Entity>>(withQuery('/entities', { ...page })),
  entity: (id: string) => request<EntityDetail>(`/entities/${encodeURIComponent(id)}`),
  /** Entities by id, fetched once per page load. */
  entityMap: () =>
    (entityCache ??= allPages((page) => api.entities(page))
      .then((list) => new Map(list.map((e) => [e.id, e])))
      .catch((error: unknown) => {
        entityCache = null;
        throw error;
      })),
  /** What comparing the chosen documents finds, and the stories they share. */
  /** What comparing the chosen documents finds (every finding, page after page), and the stories they share. */
  compare: async (ids: readonly string[]) => {
    const docs = ids.join(',');
    let stories: Story[] = [];
    const findings = await allPages(async (page) => {
      const r = await request<Page<Finding> & { stories: Story[] }>(withQuery('/findings', { docs, ...page }));
      stories = r.stories;
      return r;
    });
    return { findings, stories };
  },
  stories: (filters: { type?: string; actor?: string; from?: string; to?: string } = {}, page: PageRequest = {}) =>
    request<Page<Story> & { types: string[] }>(withQuery('/stories', { ...filters, ...page })),
  events: (page: PageRequest = {}) => request<Page<CitedEvent>>(withQuery('/events', { ...page })),
  search: (
    q: string,
    filters: { language?: string; from?: string; to?: string; entity?: string; source?: string } = {},
    page: PageRequest = {},
  ) => request<Page<SearchHit> & { query: string }>(withQuery('/search', { q, ...filters, ...page })),
  analyze: (body: AnalyzeRequest) =>
    request<{ analysis: Analysis; stored?: string }>('/analyze', { method: 'POST', json: body }),
  proposals: (query: { state?: string; commitment?: string } = {}, page: PageRequest = {}) =>
    request<Page<Proposal>>(withQuery('/proposals', { ...query, ...page })),
  decide: (id: string, decision: 'accept' | 'reject') =>
    request<{ proposal: Proposal }>(`/proposals/${encodeURIComponent(id)}/${decision}`, { method: 'POST', act: true }),
  /** Background work on the stored analyses: the collection served, and the re-analysis after a pipeline upgrade. */
  status: () => request<AnalysisStatus>('/status'),
  /** Fetch a page (or every item of a feed) once and store it. */
  ingestUrl: (url: string) => request<UrlIngestResult>('/intake/url', { method: 'POST', json: { url } }),
  watches: () => request<{ watches: Watch[] }>('/watches').then((r) => r.watches),
  addWatch: (url: string, every: string) =>
    request<{ watch: Watch; poll: PollResult | null; added: boolean }>('/watches', {
      method: 'POST',
      json: { url, every },
    }),
  pollWatch: (url: string) =>
    request<{ poll: PollResult }>('/watches/poll', { method: 'POST', json: { url } }).then((r) => r.poll),
  removeWatch: (url: string) =>
    request<{ removed: string }>(`/watches?url=${encodeURIComponent(url)}`, { method: 'DELETE' }),
  resetCaches: () => {
    entityCache = null;
  },
  /** The job queue's work: queued, running and failed jobs (null when the server has no queue). */
  jobs: () => request<{ overview: JobOverview | null }>('/jobs').then((r) => r.overview),
};
