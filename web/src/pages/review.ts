// The review queue: evidence proposals to accept or reject, acting as the user in the header.
import { api, canReview, currentActor, currentSession } from '../api.js';
import { empty, formatDate, h, pageHeader, plural, toast, fill } from '../dom.js';
import type { Route } from '../main.js';
import { refreshReviewCount } from '../shell.js';
import type { Commitment, Proposal } from '../types.js';
import { commitmentHref } from './board.js';
import { evidenceHref } from './commitment.js';
import { moreButton } from '../more.js';

export async function reviewPage(outlet: HTMLElement, route: Route): Promise<void> {
  const state = ['pending', 'accepted', 'rejected'].includes(route.query.get('state') ?? '')
    ? route.query.get('state')!
    : 'pending';
  const [first, agreements] = await Promise.all([api.proposals({ state }), api.agreements()]);
  const { total, items: proposals } = first;
  const commitments = new Map<string, Commitment>();
  for (const a of agreements) for (const c of (await api.board(a.id)).commitments) commitments.set(c.id, c);
  const actor = currentActor();
  const list = h('ol.review-list', { 'aria-label': 'Proposals' });
  let remaining = total;
  const counter = h('span', null, '');
  const setCount = () => {
    counter.textContent =
      state === 'pending'
        ? `${plural(remaining, 'proposal')} awaiting a decision`
        : `${plural(remaining, 'proposal')} ${state}`;
  };
  setCount();
  const deciding = state === 'pending' && (currentSession().mode === 'local' || canReview());
  const card = (p: Proposal) =>
    proposalCard(p, commitments.get(p.commitmentId), deciding, (node) => {
      node.remove();
      remaining--;
      setCount();
      if (!list.children.length) list.replaceWith(empty('The queue is empty. Every proposal has a decision.'));
    });
  list.append(...proposals.map(card));
  const tabs = h(
    'nav.tabs',
    { 'aria-label': 'Proposal state' },
    ...['pending', 'accepted', 'rejected'].map((s) =>
      h(
        'a',
        { href: `#/review?state=${s}`, 'aria-current': s === state ? 'page' : null },
        s[0]!.toUpperCase() + s.slice(1),
      ),
    ),
  );
  fill(
    outlet,
    pageHeader('Review', counter),
    tabs,
    currentSession().mode === 'users' && !canReview()
      ? h('div.notice', null, 'Reviewers decide on proposals; you can follow them here.')
      : actor.name
        ? h(
            'p.muted.small',
            null,
            `Deciding as ${actor.name}${actor.party ? ` (${actor.party})` : ''}. Only accepted proposals count as evidence.`,
          )
        : h(
            'div.notice',
            null,
            'Enter your name under “Acting as” at the top before deciding: every decision is recorded with who made it.',
          ),
    proposals.length
      ? list
      : empty(state === 'pending' ? 'The queue is empty. Every proposal has a decision.' : `No ${state} proposals.`),
    // A decision moves a proposal out of the pending list, so the next page's cursor still lands past the ones shown.
    moreButton(
      first,
      (cursor) => api.proposals({ state }, { cursor }),
      (items) => list.append(...items.map(card)),
    ),
  );
}

function proposalCard(
  p: Proposal,
  commitment: Commitment | undefined,
  pending: boolean,
  decided: (node: HTMLElement) => void,
): HTMLElement {
  const card = h('li.card.proposal', { 'data-proposal': p.id });
  const decide = async (decision: 'accept' | 'reject', button: HTMLButtonElement) => {
    button.disabled = true;
    try {
      await api.decide(p.id, decision);
      void refreshReviewCount();
      toast(
        decision === 'accept'
          ? h(
              'span',
              null,
              'Accepted as evidence of ',
              h('a', { href: commitmentHref(p.commitmentId) }, commitment?.title ?? p.commitmentId),
              '.',
            )
          : 'Rejected.',
      );
      decided(card);
    } catch (error) {
      button.disabled = false;
      toast(error instanceof Error ? error.message : String(error), 'error');
    }
  };
  const accept = h('button.btn.btn-primary', { type: 'button' }, 'Accept');
  const reject = h('button.btn', { type: 'button' }, 'Reject');
  accept.addEventListener('click', () => void decide('accept', accept));
  reject.addEventListener('click', () => void decide('reject', reject));
  card.append(
    h(
      'div.proposal-for',
      null,
      h('span.muted.small', null, 'Evidence for '),
      h('a', { href: commitmentHref(p.commitmentId) }, commitment?.title ?? p.commitmentId),
      commitment ? h('span.area', null, commitment.area) : null,
    ),
    h('blockquote', null, p.text ?? ''),
    h(
      'div.evidence-meta',
      null,
      h('a', { href: evidenceHref(p.documentId, p.start, p.end) }, p.documentTitle ?? p.documentId),
      h('span.muted', null, p.published ? ` · ${formatDate(p.published)}` : ''),
    ),
    h(
      'p.reason.small',
      null,
      h('span.score', { title: 'How strongly the sentence matches the commitment' }, p.score.toFixed(1)),
      ' ',
      p.reason,
    ),
    pending ? h('div.actions', null, accept, reject) : h('p.muted.small', null, `${p.state}`),
  );
  return card;
}
