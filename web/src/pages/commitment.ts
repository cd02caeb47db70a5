// One commitment: both parties' assessments side by side, its change log, and its evidence, each
// item linking to the sentence in its document.
import { evidenceChoice, evidenceSwitch, indicatorChart } from '../indicator-chart.js';
import { api, canAssess, currentActor, currentSession } from '../api.js';
import { downloads, empty, formatDate, formatTime, h, pageHeader, statusPill, toast, fill } from '../dom.js';
import type { Route } from '../main.js';
import { illustrativeNote } from './board.js';
import { refreshReviewCount } from '../shell.js';
import type { Assessment, CitedEvidence, CommitmentDetail, Party, Proposal } from '../types.js';
import { statusText, t, tf } from '../i18n.js';
import { statuses } from '../types.js';
import { reasonText } from '../reason.js';

export const evidenceHref = (documentId: string, start: number, end: number) =>
  `#/document/${encodeURIComponent(documentId)}?span=${start}-${end}`;

export async function commitmentPage(outlet: HTMLElement, route: Route): Promise<void> {
  const id = route.parts.slice(1).join('/');
  const [commitment, agreements, pending] = await Promise.all([
    api.commitment(id),
    api.agreements(),
    api
      .proposals({ commitment: id }, { limit: 500 })
      .catch(() => ({ total: 0, items: [] as Proposal[], nextCursor: null })),
  ]);
  const agreement = agreements.find((a) => a.id === commitment.agreementId);
  const parties: Party[] = commitment.parties.map(
    (code) => agreement?.parties.find((p) => p.code === code) ?? { code, name: code },
  );
  const rerender = () => void commitmentPage(outlet, route);
  // What a party may cite in its own assessment: the accepted evidence and the sentences proposed for this commitment.
  const candidates = [...commitment.evidence, ...pending.items.map((p) => ({ ...p, note: null }))];

  fill(
    outlet,
    h(
      'nav.crumbs',
      { 'aria-label': t('Breadcrumb') },
      agreement
        ? h('a', { href: '#/board', 'data-content': true }, agreement.title)
        : h('a', { href: '#/board' }, t('Board')),
      h('span', { 'aria-hidden': 'true' }, ' / '),
      h('span', { 'data-content': true }, commitment.area),
    ),
    pageHeader(
      { content: commitment.title },
      h(
        'span.joint-line',
        null,
        `${t('Joint status')} `,
        statusPill(commitment.jointStatus),
        commitment.overdue ? h('span.overdue', null, t('Overdue')) : null,
      ),
      downloads('Download the evidence', `evidence/${commitment.id.split('/').map(encodeURIComponent).join('/')}`),
    ),
    h(
      'section.card.commitment-text',
      null,
      h('p.lead', { 'data-content': true }, commitment.text),
      h(
        'dl.facts',
        null,
        ...fact('Issue area', commitment.area, true),
        ...fact('Contexts', commitment.contexts.join(', ') || '—', true),
        ...fact('Starts', formatDate(commitment.start)),
        ...fact('Due', commitment.due ? formatDate(commitment.due) : (commitment.cadence ?? '—'), !commitment.due),
        ...parties.flatMap((p) => fact(tf('Lead ({party})', { party: p.code }), commitment.leads[p.code] ?? '—', true)),
      ),
      commitment.milestones.length
        ? h(
            'div.milestones',
            null,
            h('h3', null, t('Milestones')),
            h(
              'ul',
              null,
              ...commitment.milestones.map((m) =>
                h(
                  'li',
                  { class: m.done ? 'done' : null },
                  h('span.ms-mark', { 'aria-hidden': 'true' }, m.done ? '✓' : '○'),
                  ' ',
                  h('span', { 'data-content': true }, m.text),
                  h(
                    'span.muted',
                    null,
                    m.done
                      ? ` — ${tf('done {date}', { date: formatDate(m.done) })}`
                      : m.due
                        ? ` — ${t('due')} ${formatDate(m.due)}`
                        : '',
                  ),
                ),
              ),
            ),
          )
        : null,
    ),
    commitment.indicators?.length
      ? h(
          'section.card.indicators',
          { 'aria-labelledby': 'indicators-heading' },
          h('h2', { id: 'indicators-heading' }, t('Indicators')),
          h(
            'p.muted.small',
            null,
            t(
              "Figures of the evidence over time, against the target; each dot opens its sentence. A full dot is accepted evidence, a ring a sentence a party's assessment cites. Each figure is dated by the period its sentence states, else by its document.",
            ),
          ),
          evidenceSwitch(),
          h('div.indicator-grid', null, ...commitment.indicators.map((s) => indicatorChart(s, evidenceChoice()))),
        )
      : null,
    h(
      'section',
      { 'aria-labelledby': 'assessments-heading' },
      h('h2.section-title', { id: 'assessments-heading' }, t('Assessments')),
      h(
        'p.muted.small',
        null,
        t(
          "Each party keeps its own assessment. Neither can overwrite the other's; the joint status moves only when they agree.",
        ),
      ),
      agreement?.illustrative ? illustrativeNote() : null,
      h(
        'div.assessments',
        null,
        ...parties.map((p) =>
          assessmentCard(
            commitment,
            p,
            commitment.assessments.find((a) => a.party === p.code),
            candidates,
            rerender,
          ),
        ),
      ),
    ),
    // The status history comes before the evidence, so that on a phone, where the two stack, it
    // follows the assessments it records instead of sinking below every proposal.
    h(
      'div.two-col.history-first',
      null,
      h(
        'section.card',
        { 'aria-labelledby': 'history-heading' },
        h('h2', { id: 'history-heading' }, t('Status history')),
        commitment.history.length
          ? h(
              'ol.history',
              null,
              ...[...commitment.history]
                .reverse()
                .map((c) =>
                  h(
                    'li',
                    null,
                    h(
                      'div.history-head',
                      null,
                      h('span.scope', null, c.scope === 'joint' ? t('Joint') : c.scope),
                      c.from ? statusPill(c.from) : h('span.muted', null, t('new')),
                      h('span.arrow', { 'aria-hidden': 'true' }, '→'),
                      statusPill(c.to),
                    ),
                    h('div.byline', null, h('span', { 'data-content': true }, c.by), ` · ${formatTime(c.at)}`),
                    c.reason ? h('p.reason', { 'data-content': true }, c.reason) : null,
                    citedList(c.evidence ?? []),
                  ),
                ),
            )
          : empty('No changes recorded yet.'),
      ),
      h(
        'section.card',
        { 'aria-labelledby': 'evidence-heading' },
        h('h2', { id: 'evidence-heading' }, `${t('Evidence')} (${commitment.evidence.length})`),
        commitment.evidence.length
          ? h('ol.evidence-list', null, ...commitment.evidence.map(evidenceItem))
          : empty('No accepted evidence yet.', pending.total ? 'Review the proposals below to add some.' : undefined),
        pending.total
          ? h(
              'div.pending',
              null,
              h('h3', null, `${t('Proposed evidence awaiting review')} (${pending.total})`),
              h('ol.evidence-list', null, ...pending.items.map((p) => proposalItem(p, rerender))),
            )
          : null,
      ),
    ),
  );
}

const fact = (term: string, value: string, content = false) =>
  [h('dt', null, t(term)), h('dd', { 'data-content': content }, value)] as const;

/** The document a passage is in, by its title (never its internal id). */
const documentName = (e: { documentTitle: string | null }) =>
  e.documentTitle === null ? t('Untitled document') : h('span', { 'data-content': true }, e.documentTitle);
const clip = (text: string, n = 140) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);
// Evidence accepted before notes said why in words carried the proposal's internal id first.
const noteText = (note: string | null | undefined) =>
  note?.replace(/^accepted proposal [0-9a-f]+: /, `${t('Proposed because it')} `) ?? null;

/** Passages a change or an assessment cites: the words, and the document they are in. */
function citedList(evidence: readonly CitedEvidence[]): HTMLElement | null {
  if (!evidence.length) return null;
  return h(
    'ul.mini-evidence',
    null,
    ...evidence.map((e) =>
      h(
        'li',
        null,
        h(
          'a',
          { href: evidenceHref(e.documentId, e.start, e.end), 'data-content': e.text ? true : null },
          e.text ? `“${clip(e.text)}”` : documentName(e),
        ),
        e.text
          ? h('span.muted', null, ' — ', documentName(e), e.published ? `, ${formatDate(e.published)}` : '')
          : null,
      ),
    ),
  );
}

function evidenceItem(e: CitedEvidence): HTMLElement {
  return h(
    'li.evidence',
    null,
    e.text !== null && e.text !== undefined
      ? h('blockquote', { 'data-content': true }, e.text)
      : h('blockquote', null, t('(the document is no longer stored)')),
    h(
      'div.evidence-meta',
      null,
      h('a.evidence-link', { href: evidenceHref(e.documentId, e.start, e.end) }, documentName(e)),
      h(
        'span.muted',
        null,
        `${e.published ? ` · ${formatDate(e.published)}` : ''} · ${tf('characters {start}–{end}', { start: e.start, end: e.end })}`,
      ),
    ),
    e.note ? h('p.muted.small', { 'data-content': true }, noteText(e.note)) : null,
  );
}

function proposalItem(p: Proposal, done: () => void): HTMLElement {
  const decide = async (decision: 'accept' | 'reject') => {
    try {
      await api.decide(p.id, decision);
      toast(t(decision === 'accept' ? 'Accepted: the sentence is now evidence.' : 'Rejected.'));
      void refreshReviewCount();
      done();
    } catch (error) {
      toast(error instanceof Error ? error.message : String(error), 'error');
    }
  };
  return h(
    'li.evidence.proposed',
    null,
    h('blockquote', { 'data-content': true }, p.text ?? ''),
    h(
      'div.evidence-meta',
      null,
      h('a', { href: evidenceHref(p.documentId, p.start, p.end) }, documentName(p)),
      h(
        'span.muted',
        null,
        `${p.published ? ` · ${formatDate(p.published)}` : ''} · ${tf('score {n}', { n: p.score.toFixed(1) })}`,
      ),
    ),
    // "it shares …": the sentence is the subject of the reason.
    h('p.reason.proposal-reason', null, h('strong', null, t('Why proposed: ')), t('it '), reasonText(p.reason), '.'),
    h(
      'div.actions',
      null,
      h('button.btn.btn-primary.btn-sm', { type: 'button', onclick: () => void decide('accept') }, t('Accept')),
      h('button.btn.btn-sm', { type: 'button', onclick: () => void decide('reject') }, t('Reject')),
    ),
  );
}

type Candidate = Pick<CitedEvidence, 'documentId' | 'start' | 'end' | 'kind' | 'text' | 'documentTitle' | 'published'>;
const spanKey = (e: { documentId: string; start: number; end: number }) => `${e.documentId}:${e.start}-${e.end}`;
const PASSAGE = /^([0-9a-f]{16}):(\d+)-(\d+)$/;

/**
 * Evidence a party cites in its own assessment: what it cites now and the commitment's accepted and
 * proposed passages as boxes to tick, and any other passage as DOCUMENT:START-END (the document
 * view's "?span=" gives the numbers). The server refuses a write to another party's assessment.
 */
function evidencePicker(party: string, assessment: Assessment | undefined, candidates: readonly Candidate[]) {
  const cited = new Set((assessment?.evidence ?? []).map(spanKey));
  const seen = new Set<string>();
  const choices = [...(assessment?.evidence ?? []), ...candidates].filter(
    (e) => !seen.has(spanKey(e)) && seen.add(spanKey(e)),
  );
  const boxes = choices.map((e) => {
    const box = h('input', { type: 'checkbox', name: 'evidence', value: spanKey(e), checked: cited.has(spanKey(e)) });
    return {
      e,
      box,
      row: h(
        'label.evidence-choice',
        null,
        box,
        h(
          'span',
          null,
          h('span', { 'data-content': true }, e.text ? `“${clip(e.text, 160)}”` : spanKey(e)),
          h('span.muted', null, ' — ', documentName(e)),
        ),
      ),
    };
  });
  const other = h('input', {
    type: 'text',
    name: 'passage',
    placeholder: `${t('e.g.')} 9c3aabe0f3374254:1201-1342`,
    'aria-label': tf('{party}: another passage to cite, as DOCUMENT:START-END', { party }),
    pattern: PASSAGE.source.slice(1, -1),
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const node = h(
    'fieldset.evidence-picker',
    null,
    h('legend', null, t('Evidence you cite')),
    boxes.length
      ? h('div.evidence-choices', null, ...boxes.map((b) => b.row))
      : h('p.muted.small', null, t('No accepted or proposed evidence for this commitment yet.')),
    h('label', null, t('Another passage (document:start-end)'), other),
  );
  const chosen = () => {
    const evidence = boxes
      .filter((b) => b.box.checked)
      .map(({ e }) => ({
        documentId: e.documentId,
        start: e.start,
        end: e.end,
        kind: e.kind ?? 'sentence',
        note: null,
      }));
    const typed = other.value.trim();
    if (typed) {
      const m = PASSAGE.exec(typed);
      if (!m)
        throw new Error(
          tf('“{typed}” is not a passage: write DOCUMENT:START-END, e.g. 9c3aabe0f3374254:1201-1342', { typed }),
        );
      evidence.push({ documentId: m[1]!, start: Number(m[2]), end: Number(m[3]), kind: 'sentence', note: null });
    }
    return evidence;
  };
  return { node, chosen };
}

function assessmentCard(
  commitment: CommitmentDetail,
  party: Party,
  assessment: Assessment | undefined,
  candidates: readonly Candidate[],
  saved: () => void,
): HTMLElement {
  const actor = currentActor();
  const mine = canAssess(party.code);
  const card = h(
    'article.card.assessment',
    { 'data-party': party.code, class: mine ? 'is-mine' : null },
    h(
      'header.assessment-head',
      null,
      h('h3', null, h('span.party-code', null, party.code), ' ', h('span', { 'data-content': true }, party.name)),
      statusPill(assessment?.status),
    ),
    assessment
      ? assessment.narrative
        ? h('p.narrative-full', { 'data-content': true }, assessment.narrative)
        : h('p.narrative-full', null, h('span.muted', null, t('No narrative given.')))
      : h('p.muted', null, tf('{party} has not assessed this commitment yet.', { party: party.code })),
    assessment
      ? h(
          'p.byline',
          null,
          h('span', { 'data-content': true }, assessment.updatedBy),
          ` · ${formatTime(assessment.updatedAt)}`,
        )
      : null,
    citedList(assessment?.evidence ?? []),
  );
  if (mine) {
    const status = h(
      'select',
      { name: 'status', 'aria-label': tf('{party} status', { party: party.code }) },
      ...statuses.map((s) =>
        h('option', { value: s, selected: s === (assessment?.status ?? 'not_started') }, statusText(s)),
      ),
    );
    const narrative = h('textarea', {
      name: 'narrative',
      rows: 3,
      placeholder: t('What your side sees, and why'),
      'aria-label': tf('{party} narrative', { party: party.code }),
    });
    narrative.value = assessment?.narrative ?? '';
    const picker = evidencePicker(party.code, assessment, candidates);
    const form = h(
      'form.assess-form',
      null,
      h('label', null, t('Your status'), status),
      h('label', null, t('Narrative'), narrative),
      picker.node,
      h('button.btn.btn-primary', { type: 'submit' }, tf('Save {party} assessment', { party: party.code })),
    );
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      try {
        await api.assess(commitment.id, party.code, {
          status: status.value as Assessment['status'],
          narrative: narrative.value,
          evidence: picker.chosen(),
        });
        toast(tf('{party} assessment saved.', { party: party.code }));
        saved();
      } catch (error) {
        toast(error instanceof Error ? error.message : String(error), 'error');
      }
    });
    card.append(form);
  } else {
    const hint =
      currentSession().mode === 'users'
        ? tf("Only {party}'s assessors can change this assessment.", { party: party.code })
        : actor.party
          ? tf('Only {party} can change this assessment.', { party: party.code })
          : tf('To assess for {party}, choose it under “{actingAs}”.', { party: party.code, actingAs: t('Acting as') });
    card.append(h('p.hint', null, hint));
  }
  return card;
}
