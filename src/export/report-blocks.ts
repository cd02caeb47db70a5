/** A report as plain blocks, so one model renders to Markdown and to HTML alike. */
export type ReportBlock =
  | { readonly type: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'list'; readonly items: readonly string[] }
  | { readonly type: 'quote'; readonly text: string; readonly cite: string }
  | { readonly type: 'table'; readonly header: readonly string[]; readonly rows: readonly (readonly string[])[] };

/**
 * Escapes text for Markdown: document text and narratives are untrusted, and a renderer would turn
 * `<svg onload=…>`, a link or emphasis in them into live markup. Characters that start HTML become
 * entities, inline markers are backslash-escaped, and line breaks become spaces so that no text can
 * open a block (a heading, a list, a quote) of its own.
 */
export function escapeMarkdown(value: string): string {
  const inline = value
    .replace(/\r\n?|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&');
  return inline.replace(/^(\s*)([#+=-]|\d+(?=[.)]))/, '$1\\$2');
}

/** Renders blocks as Markdown. */
export function toMarkdown(blocks: readonly ReportBlock[]): string {
  return `${blocks
    .map((block) => {
      switch (block.type) {
        case 'heading':
          return `${'#'.repeat(block.level)} ${escapeMarkdown(block.text)}`;
        case 'paragraph':
          return escapeMarkdown(block.text);
        case 'list':
          return block.items.map((item) => `- ${escapeMarkdown(item)}`).join('\n');
        case 'quote':
          return `> ${escapeMarkdown(block.text)}\n>\n> — ${escapeMarkdown(block.cite)}`;
        case 'table': {
          const rows = [
            block.header.map(escapeMarkdown),
            block.header.map(() => '---'),
            ...block.rows.map((row) => row.map(escapeMarkdown)),
          ];
          return rows.map((row) => `| ${row.join(' | ')} |`).join('\n');
        }
      }
    })
    .join('\n\n')}\n`;
}

/** Escapes text for HTML; document text is untrusted and never becomes markup. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Renders blocks as a standalone HTML page with print-friendly styles. */
export function toHtml(blocks: readonly ReportBlock[], title: string): string {
  const body = blocks
    .map((block) => {
      switch (block.type) {
        case 'heading':
          return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
        case 'paragraph':
          return `<p>${escapeHtml(block.text)}</p>`;
        case 'list':
          return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
        case 'quote':
          return `<blockquote><p>${escapeHtml(block.text)}</p><footer>${escapeHtml(block.cite)}</footer></blockquote>`;
        case 'table':
          return `<table><thead><tr>${block.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${block.rows
            // Each cell names its column, so that on a phone a row reads as a labelled card.
            .map(
              (row) =>
                `<tr>${row.map((cell, i) => `<td data-label="${escapeHtml(block.header[i] ?? '')}">${escapeHtml(cell)}</td>`).join('')}</tr>`,
            )
            .join('')}</tbody></table>`;
      }
    })
    .join('\n');
  const style = `body{font-family:system-ui,sans-serif;color:#1d2433;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #dde1e8;padding:.35rem .6rem;text-align:left;vertical-align:top}
th{background:#f5f6f8}blockquote{border-left:3px solid #1f5f8b;margin:1rem 0;padding:.25rem 1rem;background:#f8f9fb}
blockquote footer{color:#5b6475;font-size:.9em}h1{font-size:1.6rem}h2{margin-top:2rem;border-bottom:1px solid #dde1e8}
body{overflow-wrap:break-word}blockquote footer{overflow-wrap:anywhere}
@media (max-width:40rem){body{margin:1rem auto}table,tbody,tr,td{display:block}thead{display:none}tr{border:1px solid #dde1e8;margin:.6rem 0}
td{border:0;border-bottom:1px solid #eef0f4}td::before{content:attr(data-label);display:block;font-size:.75em;font-weight:600;color:#5b6475;text-transform:uppercase}}`;
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>${style}</style></head>\n<body>\n${body}\n</body></html>\n`;
}
