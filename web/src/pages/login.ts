// The sign-in page: a name and a password open a session (an HttpOnly cookie the page never sees).
import { ApiError, api, currentSession } from '../api.js';
import { h, pageHeader } from '../dom.js';
import { t } from '../i18n.js';

/** Draws the sign-in form in `outlet`; `signedIn` runs once the server has opened a session. */
export function loginPage(outlet: HTMLElement, signedIn: () => void): void {
  const name = h('input', {
    id: 'login-name',
    name: 'username',
    type: 'text',
    autocomplete: 'username',
    required: true,
    autocapitalize: 'none',
    spellcheck: 'false',
  });
  const password = h('input', {
    id: 'login-password',
    name: 'password',
    type: 'password',
    autocomplete: 'current-password',
    required: true,
  });
  const problem = h('p.login-problem', { role: 'alert', hidden: true });
  const submit = h('button.btn.btn-primary', { type: 'submit' }, t('Sign in'));
  const form = h(
    'form.login-form.card',
    { 'aria-labelledby': 'login-title' },
    h('h2', { id: 'login-title' }, t('Your Puente account')),
    h('label', { for: 'login-name' }, t('Name')),
    name,
    h('label', { for: 'login-password' }, t('Password')),
    password,
    problem,
    submit,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    problem.hidden = true;
    try {
      await api.signIn(name.value, password.value);
      signedIn();
    } catch (error) {
      password.value = '';
      problem.textContent =
        error instanceof ApiError && error.status === 401
          ? t('That name and password do not match a user.')
          : error instanceof Error
            ? error.message
            : String(error);
      problem.hidden = false;
      password.focus();
    } finally {
      submit.disabled = false;
    }
  });
  const none = !currentSession().hasUsers
    ? h(
        'div.notice',
        null,
        t('This server has no users yet. Whoever runs it creates the first administrator on the server with '),
        h('code', { 'data-content': true }, 'puente user add NAME --role admin'),
        '.',
      )
    : null;
  outlet.replaceChildren(
    h(
      'div.page.login-page',
      { 'data-page': 'login' },
      pageHeader(
        'Sign in',
        'Each party keeps its own assessment: sign in as yourself, and Puente records what you change under your name.',
      ),
      none,
      form,
    ),
  );
  name.focus();
}
