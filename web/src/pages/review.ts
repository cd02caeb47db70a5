// The review queue: evidence proposals to accept or reject, acting as the user in the header.
import { api, canReview, currentActor, currentSession } from '../api.js';
import { empty, formatDate, h, pageHeader, plural, toast, fill } from '../dom.js';
import { t, tf } from '../i18n.js';
import type { Route } from '../main.js';
import { refreshReviewCount } from '../shell.js';
import type { Commitment, Proposal } from '../types.js';
import { commitmentHref } from './board.js';
import { evidenceHref } from './commitment.js';
import { moreButton } from '../more.js';
import { reasonText } from '../reason.js';

export async function reviewPage(outlet: HTMLElement, route: Route): Promise<void> {
  const state = ['pending', 'accepted', 'rejected'].includes(route.query.get('state') ?? '')
    ? route.query.get('state')!
    : 'pending';
  const [first, agreements] = await Promise.all([api.proposals({ state }), api.agreements()]);
  const { total, items: proposals } = first;
  const commitments = new Map<string, Commitment>();
  for (const a of agreements) for (const c of (await api.board(a.id)).commitments) commitments.set(c.id, c);
  const actor = currentActor();
  const list = h('ol.review-list', { 'aria-label': t('Proposals') });
  let remaining = total;
  const counter = h('span', null, '');
  const setCount = () => {
    counter.textContent =
      state === 'pending'
        ? tf('{n} awaiting a decision', { n: plural(remaining, 'proposal') })
        : `${plural(remaining, 'proposal')} · ${t(state[0]!.toUpperCase() + state.slice(1))}`;
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
    { 'aria-label': t('Proposal state') },
    ...['pending', 'accepted', 'rejected'].map((s) =>
      h(
        'a',
        { href: `#/review?state=${s}`, 'aria-current': s === state ? 'page' : null },
        t(s[0]!.toUpperCase() + s.slice(1)),
      ),
    ),
  );
  fill(
    outlet,
    pageHeader('Review', counter),
    tabs,
    currentSession().mode === 'users' && !canReview()
      ? h('div.notice', null, t('Reviewers decide on proposals; you can follow them here.'))
      : actor.name
        ? h(
            'p.muted.small',
            null,
            `${t('Deciding as')} `,
            h('span', { 'data-content': true }, actor.name),
            `${actor.party ? ` (${actor.party})` : ''}. ${t('Only accepted proposals count as evidence.')}`,
          )
        : h(
            'div.notice',
            null,
            tf(
              'Enter your name under “{actingAs}” at the top before deciding: every decision is recorded with who made it.',
              {
                actingAs: t('Acting as'),
              },
            ),
          ),
    proposals.length
      ? list
      : empty(
          state === 'pending'
            ? 'The queue is empty. Every proposal has a decision.'
            : state === 'accepted'
              ? 'No accepted proposals.'
              : 'No rejected proposals.',
        ),
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
              t('Accepted as evidence of '),
              h(
                'a',
                { href: commitmentHref(p.commitmentId), 'data-content': true },
                commitment?.title ?? p.commitmentId,
              ),
              '.',
            )
          : t('Rejected.'),
      );
      decided(card);
    } catch (error) {
      button.disabled = false;
      toast(error instanceof Error ? error.message : String(error), 'error');
    }
  };
  const accept = h('button.btn.btn-primary', { type: 'button' }, t('Accept'));
  const reject = h('button.btn', { type: 'button' }, t('Reject'));
  accept.addEventListener('click', () => void decide('accept', accept));
  reject.addEventListener('click', () => void decide('reject', reject));
  card.append(
    h(
      'div.proposal-for',
      null,
      h('span.muted.small', null, t('Evidence for ')),
      h('a', { href: commitmentHref(p.commitmentId), 'data-content': true }, commitment?.title ?? p.commitmentId),
      commitment ? h('span.area', { 'data-content': true }, commitment.area) : null,
    ),
    h('blockquote', { 'data-content': true }, p.text ?? ''),
    h(
      'div.evidence-meta',
      null,
      h(
        'a',
        { href: evidenceHref(p.documentId, p.start, p.end), 'data-content': true },
        p.documentTitle ?? p.documentId,
      ),
      h('span.muted', null, p.published ? ` · ${formatDate(p.published)}` : ''),
    ),
    h(
      'p.reason.small',
      null,
      h('span.score', { title: t('How strongly the sentence matches the commitment') }, p.score.toFixed(1)),
      ' ',
      reasonText(p.reason),
    ),
    pending
      ? h('div.actions', null, accept, reject)
      : h('p.muted.small', null, t(p.state[0]!.toUpperCase() + p.state.slice(1))),
  );
  return card;
}
