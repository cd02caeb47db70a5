// DOM helpers. Everything from the API is untrusted: it only ever goes in as text nodes or
// attribute values, never through innerHTML.

import { countText, monthNames, statusText, t } from './i18n.js';

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

/** Creates an element: h('a.link', { href }, 'text', child). Class names after dots in the tag. */
export function h<K extends keyof HTMLElementTagNameMap>(
  spec: K | `${K}.${string}`,
  attrs: Attrs | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const [tag, ...classes] = spec.split('.') as [K, ...string[]];
  const node = document.createElement(tag);
  if (classes.length) node.className = classes.join(' ');
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') node.addEventListener(key.replace(/^on/, ''), value);
    else if (key === 'class') node.className = [node.className, String(value)].filter(Boolean).join(' ');
    // Through the CSSOM: the content security policy refuses style attributes in markup.
    else if (key === 'style') node.style.cssText = String(value);
    else if (value === true) node.setAttribute(key, '');
    else node.setAttribute(key, String(value));
  }
  append(node, children);
  return node;
}

/** Appends children, strings as text nodes. */
export function append(node: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(
      typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
    );
  }
}

export const frag = (...children: Child[]): DocumentFragment => {
  const f = document.createDocumentFragment();
  append(f, children);
  return f;
};

/** "3 Sep 2025" from an ISO date (or a partial one: 2025-09, 2025). */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '—';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return value;
  const months = monthNames();
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const month = months[Number(mo) - 1] ?? mo;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** "3 Sep 2025, 14:05" from an ISO timestamp. */
export function formatTime(value: string | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return `${formatDate(value.slice(0, 10))}, ${value.slice(11, 16)}`;
}

/** "1 document", "2 documents", in the chosen language where the vocabulary has the noun. */
export const plural = (n: number, one: string, many = `${one}s`) => countText(n, one, many);

/** A status pill, worded by the shared vocabulary; no status is "Not assessed". */
export function statusPill(status: string | null | undefined, label?: string): HTMLElement {
  if (!status) return h('span.pill.pill-none', { 'data-status': '' }, label ?? statusText(null));
  return h('span.pill', { class: `pill-${status}`, 'data-status': status }, label ?? statusText(status));
}

/** An empty state: its message and hint are the app's words, translated here (dynamic ones come translated). */
export function empty(message: string, hint?: string): HTMLElement {
  return h('div.empty', null, h('p', null, t(message)), hint ? h('p.muted', null, t(hint)) : null);
}

/** What went wrong, in words that fit its kind, and the ways back. */
export function errorBox(error: unknown): HTMLElement {
  const status =
    typeof (error as { status?: unknown })?.status === 'number' ? (error as { status: number }).status : null;
  const message = error instanceof Error ? error.message : String(error);
  const heading = t(
    status === 400 || status === 422
      ? 'That request was not accepted: '
      : status === 403
        ? 'Not allowed: '
        : status === 404
          ? 'Not found: '
          : status === null && error instanceof TypeError
            ? 'The server could not be reached: '
            : 'Something went wrong: ',
  );
  const back =
    history.length > 1 ? h('button.linklike', { type: 'button', onclick: () => history.back() }, t('Go back')) : null;
  return h(
    'div.error-box',
    { role: 'alert' },
    // The message is the server's (or the browser's) own, not the app's vocabulary.
    h('p', null, h('strong', null, heading), h('span', { 'data-content': true }, message)),
    h('p.error-ways', null, back, back ? ' · ' : null, h('a', { href: '#/board' }, t('Go to the board'))),
  );
}

/**
 * A page's heading: a title of the app's own is translated; one from the store (an agreement's, an
 * entity's name) comes as `{ content }` and is marked as content, never translated. A string
 * subtitle is the app's words too.
 */
export function pageHeader(title: string | { content: string }, subtitle?: Child, ...actions: Child[]): HTMLElement {
  // Each page names itself in the browser's tab and history, not only in its heading.
  const shown = typeof title === 'string' ? t(title) : title.content;
  document.title = `${shown} — Puente`;
  return h(
    'header.page-header',
    null,
    h(
      'div',
      null,
      h('h1', { 'data-content': typeof title === 'string' ? null : true }, shown),
      subtitle ? h('p.page-sub', null, typeof subtitle === 'string' ? t(subtitle) : subtitle) : null,
    ),
    actions.length ? h('div.page-actions', null, ...actions) : null,
  );
}

/** Download links for an export: "Download events: CSV · JSON", each a file the server names. */
export function downloads(label: string, path: string, query: Record<string, string> = {}): HTMLElement {
  const href = (format: string) =>
    `/api/export/${path}?${new URLSearchParams({ ...Object.fromEntries(Object.entries(query).filter(([, v]) => v)), format })}`;
  return h(
    'div.downloads',
    { role: 'group', 'aria-label': t(label) },
    h('span.downloads-label', null, t(label)),
    h('a.btn.btn-sm', { href: href('csv'), download: '', 'data-format': 'csv' }, 'CSV'),
    h('a.btn.btn-sm', { href: href('json'), download: '', 'data-format': 'json' }, 'JSON'),
  );
}

/** Short status message that fades. */
export function toast(message: Child, kind: 'ok' | 'error' = 'ok'): void {
  const host = document.getElementById('toasts');
  if (!host) return;
  const node = h('div.toast', { class: `toast-${kind}`, role: 'status' }, message);
  host.append(node);
  setTimeout(() => node.remove(), 5000);
}

/** Replaces a node's children, skipping empty ones. */
export function fill(node: Element, ...children: Child[]): void {
  node.replaceChildren();
  append(node, children);
}
