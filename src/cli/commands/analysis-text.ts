import type { ContractAnalysis } from '../../export/contract-json.js';

/** A readable summary of an analysis for a person at a terminal. */
export function formatAnalysisText(analysis: ContractAnalysis): string {
  const out: string[] = [];
  for (const document of analysis.documents) {
    out.push(`== ${document.source.path ?? document.id}  [${document.id}]`);
    out.push(`   title:     ${document.title ?? '(none found)'}`);
    if (document.subtitle) out.push(`   subtitle:  ${document.subtitle}`);
    out.push(`   published: ${document.published ?? '(unknown)'}`);
    out.push(`   authors:   ${document.authors.length ? document.authors.join('; ') : '(none named)'}`);
    out.push(`   language:  ${document.language}    format: ${document.format} (${document.encoding})`);
    out.push(`   body:      ${document.body.length.toLocaleString('en-US')} characters in ${document.body ? document.body.split('\n\n').length : 0} paragraphs`);
    if (document.chrome.length) {
      out.push(`   furniture removed (${document.chrome.length}):`);
      for (const chrome of document.chrome) out.push(`     - ${JSON.stringify(chrome.text.slice(0, 70))} (${chrome.reason})`);
    }
    for (const message of document.messages.filter((m) => m.severity !== 'info')) out.push(`   ! ${message.reason} [${message.source}/${message.ruleId}]`);
    out.push('');
  }
  out.push(`${analysis.documents.length} document${analysis.documents.length === 1 ? '' : 's'} analysed.`);
  return out.join('\n');
}
