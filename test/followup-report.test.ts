import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toHtml, toMarkdown } from '../src/export/report-blocks.js';
import { parseAgreementFile } from '../src/services/agreement-file.js';
import { FollowupService } from '../src/services/followup.service.js';
import { ReportService } from '../src/services/report.service.js';
import { TrackingService } from '../src/services/tracking.service.js';
import type { Database } from '../src/store/schema.js';
import { steppingClock } from './helpers/clock.js';
import { repoRoot } from './helpers/shared.js';
import { forEachDialect, newTestStore } from './helpers/store.js';

const agreement = parseAgreementFile(
  readFileSync(join(repoRoot, 'example', 'agreement.yaml'), 'utf8'),
  'agreement.yaml',
);
const arms = 'us-mx-security-2025/drug-and-arms-trafficking';

forEachDialect(['sqlite', 'postgres'], (dialect) => {
  describe('follow-up and the meeting report', () => {
    let store: { db: Kysely<Database>; close: () => Promise<void> };
    beforeAll(async () => {
      store = await newTestStore(dialect);
      const tracking = new TrackingService(store.db, steppingClock('2025-09-20T10:00:00Z'));
      await tracking.importAgreement(agreement, { name: 'Secretariat', party: null, role: 'admin' });
      await tracking.assess({ name: 'US desk', party: 'USA', role: 'assessor' }, arms, 'USA', {
        status: 'minimal',
        narrative: 'Tracing requests up <b>20%</b>.',
      });
      const later = new TrackingService(store.db, steppingClock('2025-10-02T10:00:00Z'));
      await later.assess({ name: 'MX desk', party: 'MEX', role: 'assessor' }, arms, 'MEX', {
        status: 'intermediate',
        narrative: 'Customs inspections of southbound trucks doubled.',
      });
    });
    afterAll(() => store.close());

    it('counts changes from the last meeting and lists overdue milestones', async () => {
      const followup = await new FollowupService(store.db).followup(agreement.id, { today: '2026-01-10' });
      expect(followup.lastMeeting?.date).toBe('2025-09-26');
      expect(followup.changes.map((c) => `${c.scope}:${c.to}`)).toEqual(['MEX:intermediate']);
      expect(followup.overdue.map((d) => d.what)).toEqual([
        'milestone: Southbound inspection and weapon-tracing measures agreed at the first group meeting put in place',
      ]);
      expect(followup.dueSoon).toEqual([]);
      const explicit = await new FollowupService(store.db).followup(agreement.id, {
        today: '2026-01-10',
        since: '2025-09-01',
      });
      expect(explicit.changes).toHaveLength(2);
    });

    it('counts an illustrative agreement on its facts-as-of date when no day is asked for, as the board does', async () => {
      const followup = await new FollowupService(store.db).followup(agreement.id, {});
      expect(followup.today).toBe(agreement.factsAsOf);
      const asked = await new FollowupService(store.db).followup(agreement.id, { today: agreement.factsAsOf });
      expect(followup.overdue).toEqual(asked.overdue);
      const { blocks } = await new ReportService(store.db).meetingReport(agreement.id, {});
      expect(toMarkdown(blocks)).toContain(`Prepared as of ${agreement.factsAsOf} for the next meeting of the group.`);
    });

    it('lists what falls due within 30 days', async () => {
      const followup = await new FollowupService(store.db).followup(agreement.id, { today: '2026-03-10' });
      expect(followup.dueSoon.map((d) => `${d.due} ${d.title}`)).toEqual([
        '2026-03-31 Border security and cross-border tunnels',
        '2026-03-31 Stop fuel theft and fuel smuggling',
      ]);
    });

    it("writes both parties' assessments side by side, in Markdown and in escaped HTML", async () => {
      const { title, blocks } = await new ReportService(store.db).meetingReport(agreement.id, { today: '2026-01-10' });
      const markdown = toMarkdown(blocks);
      expect(markdown).toContain(
        '| Inspections, investigations and prosecutions against drug and arms trafficking (overdue) | Not started | Minimal | Intermediate | each meeting | 0 |',
      );
      expect(markdown).toContain(
        '- 2025-10-02 — MEX assessment: none → intermediate (MX desk): Customs inspections of southbound trucks doubled.',
      );
      expect(markdown).toContain('Tracing requests up &lt;b&gt;20%&lt;/b&gt;.');
      // One vocabulary: a party that has not assessed is "Not assessed", and no status shows its code.
      expect(markdown).toContain('| Not assessed |');
      expect(markdown).not.toMatch(/no assessment yet|not_started|no_evidence/);
      const html = toHtml(blocks, title);
      expect(html).toContain('Tracing requests up &lt;b&gt;20%&lt;/b&gt;.');
      expect(html).not.toContain('<b>20%</b>');
    });

    it('writes untrusted text into Markdown as text: no HTML, links, emphasis or blocks of its own', () => {
      const narrative =
        'Done <svg onload=alert(1)> see [here](javascript:alert(1)) and **this**\n# Not a heading\n- nor a list';
      const markdown = toMarkdown([
        { type: 'paragraph', text: narrative },
        { type: 'quote', text: '<img src=x onerror=alert(1)>\n> nested', cite: 'A <i>site</i>' },
        { type: 'table', header: ['Party', 'Assessment'], rows: [['USA', narrative]] },
        { type: 'list', items: ['# heading?', '1. numbered?'] },
      ]);
      expect(markdown).not.toMatch(/<svg|<img|<i>|(?<!\\)\](?=\()|\*\*this/);
      expect(markdown).toContain(
        'Done &lt;svg onload=alert(1)&gt; see \\[here\\](javascript:alert(1)) and \\*\\*this\\*\\* # Not a heading - nor a list',
      );
      expect(markdown).toContain('> &lt;img src=x onerror=alert(1)&gt; &gt; nested\n>\n> — A &lt;i&gt;site&lt;/i&gt;');
      expect(markdown).toContain('- \\# heading?\n- \\1. numbered?');
      expect(markdown.split('\n').filter((line) => line.startsWith('|'))).toHaveLength(3);
    });
  });
});
