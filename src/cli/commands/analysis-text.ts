import type { ContractAnalysis } from '../../export/contract-json.js';
import { counted, findingKindLabel } from '../../core/index.js';
import { printable } from '../printable.js';

/** A readable summary of an analysis for a person at a terminal. */
export function formatAnalysisText(analysis: ContractAnalysis): string {
  const out: string[] = [];
  for (const document of analysis.documents) {
    out.push(`== ${printable(document.source.path ?? document.id)}  [${document.id}]`);
    out.push(`   title:     ${printable(document.title ?? '(none found)')}`);
    if (document.subtitle) out.push(`   subtitle:  ${document.subtitle}`);
    out.push(`   published: ${document.published ?? '(unknown)'}`);
    out.push(`   authors:   ${document.authors.length ? document.authors.join('; ') : '(none named)'}`);
    out.push(`   language:  ${document.language}    format: ${document.format} (${document.encoding})`);
    out.push(
      `   body:      ${document.body.length.toLocaleString('en-US')} characters in ${document.body ? document.body.split('\n\n').length : 0} paragraphs`,
    );
    if (document.chrome.length) {
      out.push(`   furniture removed (${document.chrome.length}):`);
      for (const chrome of document.chrome)
        out.push(`     - ${JSON.stringify(chrome.text.slice(0, 70))} (${chrome.reason})`);
    }
    const layers = {
      mentions: 'mention',
      quotes: 'quote',
      figures: 'figure',
      dates: 'date',
      events: 'event',
      commitments: 'commitment',
    } as const;
    const counts = Object.entries(layers).map(([layer, noun]) =>
      counted((document[layer as keyof typeof layers] as readonly unknown[]).length, noun),
    );
    out.push(`   found:     ${counts.join(', ')}`);
    for (const message of document.messages.filter((m) => m.severity !== 'info'))
      out.push(`   ! ${message.reason} [${message.source}/${message.ruleId}]`);
    out.push('');
  }
  const named = new Map<string, number>();
  for (const document of analysis.documents)
    for (const mention of document.mentions) named.set(mention.entity, (named.get(mention.entity) ?? 0) + 1);
  const people = analysis.entities.filter((e) => e.kind === 'person' || e.kind === 'organization');
  if (people.length) {
    out.push('People and organisations:');
    for (const entity of people) {
      const aka = entity.aliases.length
        ? `  (also ${entity.aliases
            .slice(0, 4)
            .map((a) => `“${a}”`)
            .join(', ')})`
        : '';
      out.push(
        `  - ${entity.name}${entity.role ? `, ${entity.role}` : ''}${entity.country ? ` [${entity.country}]` : ''} — ${counted(named.get(entity.id) ?? 0, 'mention')}${aka}`,
      );
    }
    out.push('');
  }
  if (analysis.findings.length) {
    const titles = new Map(analysis.documents.map((d) => [d.id, printable(d.title ?? d.source.path ?? d.id)]));
    out.push('What the sources disagree on or report alone:');
    for (const finding of analysis.findings) {
      out.push(`  * ${findingKindLabel(finding.kind)}: ${finding.detail}`);
      for (const evidence of finding.evidence)
        out.push(
          `      ${String(titles.get(evidence.document)).slice(0, 40).padEnd(40)} │ “${evidence.text.replace(/\s+/g, ' ').slice(0, 90)}”`,
        );
    }
    out.push('');
  }
  if (analysis.copies?.length) {
    const names = new Map(analysis.documents.map((d) => [d.id, printable(d.source.url ?? d.source.path ?? d.id)]));
    out.push('Copies of one story (compared as one source):');
    for (const group of analysis.copies) {
      out.push(`  * ${names.get(group.story)}`);
      for (const copy of group.copies)
        out.push(`      = ${names.get(copy.document)} (${Math.round(copy.containment * 100)}% of its text shared)`);
    }
    out.push('');
  }
  out.push(`${analysis.documents.length} document${analysis.documents.length === 1 ? '' : 's'} analysed.`);
  return out.join('\n');
}
