// Analyze: paste text or upload a .txt/.html file, and read the result in the document view.
import { api } from '../api.js';
import { t, tf } from '../i18n.js';
import { errorBox, h, pageHeader, fill } from '../dom.js';
import type { Entity } from '../types.js';
import { refreshAnalysisStatus } from '../shell.js';
import { documentHref, documentView } from './document.js';

export async function analyzePage(outlet: HTMLElement): Promise<void> {
  const text = h('textarea.paste', {
    name: 'text',
    rows: 10,
    placeholder: t('Paste an article, a press release or a statement…'),
    'aria-label': t('Text to analyze'),
  });
  const file = h('input', {
    type: 'file',
    accept: '.txt,.md,.html,.htm,text/plain,text/html',
    'aria-label': t('Upload a file'),
  });
  const format = h(
    'select',
    { name: 'format', 'aria-label': t('Format') },
    h('option', { value: 'text' }, t('Plain text')),
    h('option', { value: 'html' }, 'HTML'),
  );
  const store = h('input', { type: 'checkbox', name: 'store' });
  let name = 'pasted.txt';
  const result = h('div.analysis-result', { 'aria-live': 'polite' });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    name = chosen.name;
    text.value = await chosen.text();
    format.value = /\.html?$/i.test(chosen.name) ? 'html' : 'text';
  });
  const submit = h('button.btn.btn-primary', { type: 'submit' }, t('Analyze'));
  const form = h(
    'form.card.analyze-form',
    null,
    text,
    h(
      'div.form-row',
      null,
      h('label.file', null, `${t('Or upload a file')} `, file),
      h('label', null, `${t('Format')} `, format),
      h('label.check', null, store, ` ${t('Keep it in the store')}`),
      submit,
    ),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!text.value.trim()) {
      fill(result, errorBox(new Error(t('Paste some text or choose a file first.'))));
      return;
    }
    submit.disabled = true;
    fill(result, h('p.muted', null, t('Analysing…')));
    try {
      const response = await api.analyze({
        text: text.value,
        name,
        format: format.value as 'text' | 'html',
        store: store.checked,
      });
      const doc = response.analysis.documents[0];
      if (!doc) throw new Error(t('The analysis returned no document.'));
      const entities = new Map<string, Entity>(response.analysis.entities.map((e) => [e.id, e]));
      if (response.stored) {
        api.resetCaches();
        void refreshAnalysisStatus();
      }
      fill(
        result,
        response.stored
          ? h(
              'p.notice',
              null,
              `${tf('Stored ({outcome}).', { outcome: t(response.stored) })} `,
              h('a', { href: documentHref(doc.id) }, t('Open it as a stored document.')),
            )
          : null,
        ...documentView(doc, entities),
      );
    } catch (error) {
      fill(result, errorBox(error));
    } finally {
      submit.disabled = false;
    }
  });
  fill(
    outlet,
    pageHeader(
      'Analyze a text',
      'See what Puente extracts: people and organisations, quotes, figures, dates and events, each tied to its words.',
    ),
    form,
    result,
  );
}
