// One commitment: both parties' assessments side by side, its change log, and its evidence, each
// item linking to the sentence in its document.
import { api, canAssess, currentActor, currentSession } from '../api.js';
import { empty, formatDate, formatTime, h, pageHeader, statusPill, toast, fill } from '../dom.js';
import type { Route } from '../main.js';
import { refreshReviewCount } from '../shell.js';
import type { Assessment, CitedEvidence, CommitmentDetail, Party, Proposal } from '../types.js';
import { statuses, statusLabels } from '../types.js';

export const evidenceHref = (documentId: string, start: number, end: number) => `#/document/${encodeURIComponent(documentId)}?span=${start}-${end}`;

export async function commitmentPage(outlet: HTMLElement, route: Route): Promise<void> {
  const id = route.parts.slice(1).join('/');
  const [commitment, agreements, pending] = await Promise.all([
    api.commitment(id),
    api.agreements(),
    api.proposals({ commitment: id }).catch(() => ({ total: 0, proposals: [] as Proposal[] })),
  ]);
  const agreement = agreements.find((a) => a.id === commitment.agreementId);
  const parties: Party[] = commitment.parties.map((code) => agreement?.parties.find((p) => p.code === code) ?? { code, name: code });
  const rerender = () => void commitmentPage(outlet, route);

  fill(outlet, 
    h('nav.crumbs', { 'aria-label': 'Breadcrumb' }, h('a', { href: '#/board' }, agreement?.title ?? 'Board'), h('span', { 'aria-hidden': 'true' }, ' / '), h('span', null, commitment.area)),
    pageHeader(commitment.title, h('span.joint-line', null, 'Joint status ', statusPill(commitment.jointStatus), commitment.overdue ? h('span.overdue', null, 'Overdue') : null)),
    h('section.card.commitment-text', null,
      h('p.lead', null, commitment.text),
      h('dl.facts', null,
        ...fact('Issue area', commitment.area),
        ...fact('Contexts', commitment.contexts.join(', ') || '—'),
        ...fact('Starts', formatDate(commitment.start)),
        ...fact('Due', commitment.due ? formatDate(commitment.due) : commitment.cadence ?? '—'),
        ...parties.flatMap((p) => fact(`Lead (${p.code})`, commitment.leads[p.code] ?? '—'))),
      commitment.milestones.length ? h('div.milestones', null, h('h3', null, 'Milestones'), h('ul', null, ...commitment.milestones.map((m) =>
        h('li', { class: m.done ? 'done' : null }, h('span.ms-mark', { 'aria-hidden': 'true' }, m.done ? '✓' : '○'), ' ', m.text,
          h('span.muted', null, m.done ? ` — done ${formatDate(m.done)}` : m.due ? ` — due ${formatDate(m.due)}` : ''))))) : null),
    h('section', { 'aria-labelledby': 'assessments-heading' },
      h('h2.section-title', { id: 'assessments-heading' }, 'Assessments'),
      h('p.muted.small', null, 'Each party keeps its own assessment. Neither can overwrite the other\'s; the joint status moves only when they agree.'),
      h('div.assessments', null, ...parties.map((p) => assessmentCard(commitment, p, commitment.assessments.find((a) => a.party === p.code), rerender)))),
    h('div.two-col', null,
      h('section.card', { 'aria-labelledby': 'evidence-heading' },
        h('h2', { id: 'evidence-heading' }, `Evidence (${commitment.evidence.length})`),
        commitment.evidence.length ? h('ol.evidence-list', null, ...commitment.evidence.map(evidenceItem)) : empty('No accepted evidence yet.', pending.total ? 'Review the proposals below to add some.' : undefined),
        pending.total ? h('div.pending', null, h('h3', null, `Proposed evidence awaiting review (${pending.total})`),
          h('ol.evidence-list', null, ...pending.proposals.map((p) => proposalItem(p, rerender)))) : null),
      h('section.card', { 'aria-labelledby': 'history-heading' },
        h('h2', { id: 'history-heading' }, 'Status history'),
        commitment.history.length ? h('ol.history', null, ...[...commitment.history].reverse().map((c) =>
          h('li', null,
            h('div.history-head', null, h('span.scope', null, c.scope === 'joint' ? 'Joint' : c.scope), c.from ? statusPill(c.from) : h('span.muted', null, 'new'), h('span.arrow', { 'aria-hidden': 'true' }, '→'), statusPill(c.to)),
            h('div.byline', null, `${c.by} · ${formatTime(c.at)}`),
            c.reason ? h('p.reason', null, c.reason) : null,
            (c.evidence ?? []).length ? h('ul.mini-evidence', null, ...(c.evidence ?? []).map((e) => h('li', null, h('a', { href: evidenceHref(e.documentId, e.start, e.end) }, e.documentTitle ?? e.documentId)))) : null))) : empty('No changes recorded yet.'))),
  );
}

const fact = (term: string, value: string) => [h('dt', null, term), h('dd', null, value)] as const;

function evidenceItem(e: CitedEvidence): HTMLElement {
  return h('li.evidence', null,
    h('blockquote', null, e.text ?? '(the document is no longer stored)'),
    h('div.evidence-meta', null,
      h('a.evidence-link', { href: evidenceHref(e.documentId, e.start, e.end) }, e.documentTitle ?? e.documentId),
      h('span.muted', null, `${e.published ? ` · ${formatDate(e.published)}` : ''} · characters ${e.start}–${e.end}`)),
    e.note ? h('p.muted.small', null, e.note) : null);
}

function proposalItem(p: Proposal, done: () => void): HTMLElement {
  const decide = async (decision: 'accept' | 'reject') => {
    try {
      await api.decide(p.id, decision);
      toast(decision === 'accept' ? 'Accepted: the sentence is now evidence.' : 'Rejected.');
      void refreshReviewCount();
      done();
    } catch (error) {
      toast(error instanceof Error ? error.message : String(error), 'error');
    }
  };
  return h('li.evidence.proposed', null,
    h('blockquote', null, p.text ?? ''),
    h('div.evidence-meta', null, h('a', { href: evidenceHref(p.documentId, p.start, p.end) }, p.documentTitle ?? p.documentId), h('span.muted', null, ` · score ${p.score.toFixed(1)}`)),
    h('div.actions', null,
      h('button.btn.btn-primary.btn-sm', { type: 'button', onclick: () => void decide('accept') }, 'Accept'),
      h('button.btn.btn-sm', { type: 'button', onclick: () => void decide('reject') }, 'Reject')));
}

function assessmentCard(commitment: CommitmentDetail, party: Party, assessment: Assessment | undefined, saved: () => void): HTMLElement {
  const actor = currentActor();
  const mine = canAssess(party.code);
  const card = h('article.card.assessment', { 'data-party': party.code, class: mine ? 'is-mine' : null },
    h('header.assessment-head', null, h('h3', null, h('span.party-code', null, party.code), ' ', party.name), statusPill(assessment?.status)),
    assessment ? h('p.narrative-full', null, assessment.narrative || h('span.muted', null, 'No narrative given.')) : h('p.muted', null, `${party.name} has not assessed this commitment yet.`),
    assessment ? h('p.byline', null, `${assessment.updatedBy} · ${formatTime(assessment.updatedAt)}`) : null,
    (assessment?.evidence ?? []).length ? h('ul.mini-evidence', null, ...(assessment?.evidence ?? []).map((e) => h('li', null, h('a', { href: evidenceHref(e.documentId, e.start, e.end) }, e.text ?? e.documentTitle ?? e.documentId)))) : null);
  if (mine) {
    const status = h('select', { name: 'status', 'aria-label': `${party.code} status` }, ...statuses.map((s) => h('option', { value: s, selected: s === (assessment?.status ?? 'not_started') }, statusLabels[s] ?? s)));
    const narrative = h('textarea', { name: 'narrative', rows: 3, placeholder: 'What your side sees, and why', 'aria-label': `${party.code} narrative` });
    narrative.value = assessment?.narrative ?? '';
    const form = h('form.assess-form', null, h('label', null, 'Your status', status), h('label', null, 'Narrative', narrative), h('button.btn.btn-primary', { type: 'submit' }, `Save ${party.code} assessment`));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await api.assess(commitment.id, party.code, { status: status.value as Assessment['status'], narrative: narrative.value });
        toast(`${party.code} assessment saved.`);
        saved();
      } catch (error) {
        toast(error instanceof Error ? error.message : String(error), 'error');
      }
    });
    card.append(form);
  } else {
    const hint = currentSession().mode === 'users'
      ? `Only ${party.code}'s assessors can change this assessment.`
      : actor.party ? `Only ${party.code} can change this assessment.` : `To assess for ${party.code}, choose it under “Acting as”.`;
    card.append(h('p.hint', null, hint));
  }
  return card;
}

