// A small typed client over /api. Writes carry the acting user and party from the header selector.
import type {
  Agreement, Analysis, AnalysisStatus, Board, CommitmentDetail, DocumentAnalysis, Entity, EntityDetail, EventItem, Finding, Proposal,
  SearchHit, Status, StoredDocument, Story,
} from './types.js';

export interface Actor { name: string; party: string }

const actorKey = 'puente.actor';

export function currentActor(): Actor {
  try {
    const saved = JSON.parse(localStorage.getItem(actorKey) ?? 'null') as Partial<Actor> | null;
    return { name: typeof saved?.name === 'string' ? saved.name : '', party: typeof saved?.party === 'string' ? saved.party : '' };
  } catch {
    return { name: '', party: '' };
  }
}

export function saveActor(actor: Actor): void {
  localStorage.setItem(actorKey, JSON.stringify(actor));
}

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

async function request<T>(path: string, init: RequestInit & { json?: unknown; act?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  if (init.act) {
    const actor = currentActor();
    if (!actor.name.trim()) throw new ApiError(400, 'no_actor', 'Say who you are first: enter your name in the “Acting as” box at the top.');
    headers['x-puente-user'] = actor.name.trim();
    if (actor.party) headers['x-puente-party'] = actor.party;
  }
  const response = await fetch(`/api${path}`, { method: init.method ?? 'GET', headers, body: init.json === undefined ? null : JSON.stringify(init.json) });
  const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!response.ok) throw new ApiError(response.status, body?.error?.code ?? 'http', body?.error?.message ?? `HTTP ${response.status}`);
  return body as T;
}

let entityCache: Promise<Map<string, Entity>> | null = null;

export const api = {
  agreements: () => request<{ agreements: Agreement[] }>('/agreements').then((r) => r.agreements),
  board: (id: string) => request<{ agreement: Board }>(`/agreements/${encodeURIComponent(id)}`).then((r) => r.agreement),
  commitment: (id: string) => request<{ commitment: CommitmentDetail }>(`/commitments/${id.split('/').map(encodeURIComponent).join('/')}`).then((r) => r.commitment),
  assess: (id: string, party: string, body: { status: Status; narrative: string }) =>
    request<unknown>(`/commitments/${id.split('/').map(encodeURIComponent).join('/')}/assessments/${encodeURIComponent(party)}`, { method: 'PUT', json: body, act: true }),
  documents: () => request<{ documents: StoredDocument[] }>('/documents').then((r) => r.documents),
  document: (id: string) => request<{ document: StoredDocument; analysis: DocumentAnalysis }>(`/documents/${encodeURIComponent(id)}`),
  entities: () => request<{ entities: Entity[] }>('/entities').then((r) => r.entities),
  entity: (id: string) => request<EntityDetail>(`/entities/${encodeURIComponent(id)}`),
  /** Entities by id, fetched once per page load. */
  entityMap: () => (entityCache ??= api.entities().then((list) => new Map(list.map((e) => [e.id, e]))).catch((error: unknown) => { entityCache = null; throw error; })),
  /** What comparing the chosen documents finds, and the stories they share. */
  compare: (ids: readonly string[]) => request<{ findings: Finding[]; stories: Story[] }>(`/findings?docs=${ids.map(encodeURIComponent).join(',')}`),
  stories: (filters: { type?: string; actor?: string; from?: string; to?: string } = {}) => {
    const params = new URLSearchParams(Object.entries(filters).filter(([, v]) => v) as [string, string][]);
    return request<{ total: number; types: string[]; stories: Story[] }>(`/stories${params.size ? `?${params}` : ''}`);
  },
  events: () => request<{ events: (EventItem & { document: string; documentTitle: string | null })[] }>('/events').then((r) => r.events),
  search: (q: string, filters: { language?: string; from?: string; to?: string; entity?: string; source?: string } = {}) => {
    const params = new URLSearchParams([['q', q], ...(Object.entries(filters).filter(([, v]) => v) as [string, string][])]);
    return request<{ query: string; total: number; hits: SearchHit[] }>(`/search?${params}`);
  },
  analyze: (body: { text: string; name: string; format: 'text' | 'html'; store: boolean }) =>
    request<{ analysis: Analysis; stored?: string }>('/analyze', { method: 'POST', json: body }),
  proposals: (query: { state?: string; commitment?: string } = {}) => {
    const params = new URLSearchParams(Object.entries(query).filter(([, v]) => v) as [string, string][]);
    return request<{ total: number; proposals: Proposal[] }>(`/proposals${params.size ? `?${params}` : ''}`);
  },
  decide: (id: string, decision: 'accept' | 'reject') => request<{ proposal: Proposal }>(`/proposals/${encodeURIComponent(id)}/${decision}`, { method: 'POST', act: true }),
  /** Background work on the stored analyses: the collection served, and the re-analysis after a pipeline upgrade. */
  status: () => request<AnalysisStatus>('/status'),
  resetCaches: () => { entityCache = null; },
};
