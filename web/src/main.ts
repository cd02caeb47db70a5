// The web app's shell: the header (search, who is acting or signed in), the navigation, the
// sign-in page when the server asks for one, and the hash router.
import { api, currentActor, currentSession, saveActor } from './api.js';
import { errorBox, h } from './dom.js';
import { currentLanguage, loadVocabulary, setLanguage, t, tf, translateStatic, type Language } from './i18n.js';
import { loginPage } from './pages/login.js';
import { refreshAnalysisStatus, refreshReviewCount } from './shell.js';
import { analyzePage } from './pages/analyze.js';
import { boardPage } from './pages/board.js';
import { commitmentPage } from './pages/commitment.js';
import { comparePage } from './pages/compare.js';
import { documentPage, documentsPage } from './pages/document.js';
import { entitiesPage, entityPage } from './pages/entities.js';
import { reviewPage } from './pages/review.js';
import { searchPage } from './pages/search.js';
import { sourcesPage } from './pages/sources.js';
import { timelinePage } from './pages/timeline.js';
import { jobsPage } from './pages/jobs.js';

export interface Route {
  readonly parts: readonly string[];
  readonly query: URLSearchParams;
}
type Page = (outlet: HTMLElement, route: Route) => Promise<void>;

const pages: Record<string, Page> = {
  board: boardPage,
  commitment: commitmentPage,
  document: documentPage,
  documents: documentsPage,
  entities: entitiesPage,
  entity: entityPage,
  compare: comparePage,
  review: reviewPage,
  timeline: timelinePage,
  search: searchPage,
  analyze: analyzePage,
  sources: sourcesPage,
  jobs: jobsPage,
};

const main = document.getElementById('main') as HTMLElement;
const nav = document.getElementById('nav') as HTMLElement;
const menu = document.querySelector('.menu-toggle') as HTMLButtonElement;

function parse(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', search = ''] = raw.split('?', 2) as [string, string?];
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  return { parts: parts.length ? parts : ['board'], query: new URLSearchParams(search) };
}

let renders = 0;

async function route(): Promise<void> {
  const r = parse(location.hash);
  if (currentSession().mode === 'users' && !currentSession().user) return showLogin();
  const current = ++renders;
  const section = r.parts[0]!;
  const page = pages[section];
  for (const link of nav.querySelectorAll('a')) {
    const target = link.dataset.section;
    const on =
      target === section ||
      (section === 'commitment' && target === 'board') ||
      (section === 'entity' && target === 'entities') ||
      (section === 'document' && target === 'documents');
    if (on) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  setMenu(false);
  const outlet = h('div.page', { 'data-page': section });
  main.replaceChildren(outlet);
  main.setAttribute('aria-busy', 'true');
  outlet.append(h('p.muted.loading', null, t('Loading…')));
  try {
    if (!page) {
      outlet.replaceChildren(
        h('h1', null, t('Not found')),
        h('p', null, t('There is no page here. '), h('a', { href: '#/board' }, t('Go to the board.'))),
      );
    } else {
      await page(outlet, r);
    }
  } catch (error) {
    if (current === renders) outlet.replaceChildren(errorBox(error));
  } finally {
    if (current === renders) {
      main.setAttribute('aria-busy', 'false');
      main.dataset.route = location.hash;
    }
  }
  if (!r.query.get('span')) window.scrollTo({ top: 0 });
}

function setMenu(open: boolean): void {
  document.body.classList.toggle('nav-open', open);
  menu.setAttribute('aria-expanded', String(open));
}
menu.addEventListener('click', () => setMenu(!document.body.classList.contains('nav-open')));
// The drawer closes as a dialog does: Escape, a tap on the dimmed page, or a tap on any link in it
// (the current page's link changes no hash, so the router alone would leave it open).
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && document.body.classList.contains('nav-open')) {
    setMenu(false);
    menu.focus();
  }
});
document.getElementById('nav-scrim')?.addEventListener('click', () => setMenu(false));
nav.addEventListener('click', (event) => {
  if ((event.target as Element).closest('a')) setMenu(false);
});

/** The sign-in page in place of any other, until the server opens a session. */
function showLogin(): void {
  setMenu(false);
  document.body.classList.add('signed-out');
  const outlet = h('div');
  main.replaceChildren(outlet);
  loginPage(outlet, () => void start());
  main.setAttribute('aria-busy', 'false');
  main.dataset.route = location.hash;
}

/** The header with users: who is signed in, as what, and the way to sign out. */
function setupAccount(): void {
  const box = document.getElementById('actor') as HTMLElement;
  const user = currentSession().user;
  if (!user) {
    box.replaceChildren();
    return;
  }
  const signOut = h('button.btn.btn-sm', { type: 'button', id: 'sign-out' }, t('Sign out'));
  signOut.addEventListener('click', async () => {
    signOut.disabled = true;
    try {
      await api.signOut();
    } finally {
      void start();
    }
  });
  const roleNames = {
    admin: 'administrator',
    assessor: 'assessor',
    reviewer: 'reviewer',
    observer: 'observer',
  } as const;
  box.replaceChildren(
    h(
      'span.account',
      { id: 'account', title: tf('Signed in as {name}', { name: user.name }) },
      h('span.account-name', { 'data-content': true }, user.name),
      h('span.account-role', null, `${t(roleNames[user.role])}${user.party ? ` · ${user.party}` : ''}`),
    ),
    signOut,
  );
}

/** The local single-user mode, said on the page: why there is no sign-in, and what ends it. */
function showLocalMode(): void {
  const foot = document.querySelector('.nav-foot');
  if (!foot) return;
  // Drawn again when the language changes.
  document.getElementById('local-mode')?.remove();
  foot.before(
    h(
      'p.mode-note',
      { id: 'local-mode' },
      h('strong', null, t('Local single-user mode. ')),
      t('No sign-in: this store has no users and the server listens on this computer only. Adding a user ('),
      h('code', { 'data-content': true }, 'puente user add'),
      t(') turns sign-in on.'),
    ),
  );
}

/** The header's "Acting as" selector (local mode): stored in localStorage, sent with every change. */
async function setupActor(): Promise<void> {
  const name = document.getElementById('actor-name') as HTMLInputElement;
  const party = document.getElementById('actor-party') as HTMLSelectElement;
  const saved = currentActor();
  name.value = saved.name;
  let parties = [
    { code: 'USA', name: 'United States' },
    { code: 'MEX', name: 'Mexico' },
  ];
  try {
    const agreements = await api.agreements();
    const seen = new Map<string, string>();
    for (const a of agreements) for (const p of a.parties) seen.set(p.code, p.name);
    if (seen.size) parties = [...seen].map(([code, n]) => ({ code, name: n }));
  } catch {
    /* keep the defaults */
  }
  for (const p of parties) party.append(h('option', { value: p.code, title: p.name, 'data-content': true }, p.code));
  party.value = parties.some((p) => p.code === saved.party) ? saved.party : '';
  // Pages draw what the actor may edit; they are drawn again only when that can change (a party
  // chosen, a name given or cleared), not on every keystroke or blur.
  let drawnFor = { named: saved.name.trim() !== '', party: party.value };
  const store = () => {
    const actor = { name: name.value.trim(), party: party.value };
    saveActor(actor);
    const now = { named: actor.name !== '', party: actor.party };
    if (now.named !== drawnFor.named || now.party !== drawnFor.party)
      window.dispatchEvent(new CustomEvent('puente:actor'));
    drawnFor = now;
  };
  name.addEventListener('input', store);
  party.addEventListener('change', store);
}

document.getElementById('top-search')?.addEventListener('submit', (event) => {
  event.preventDefault();
  const q = ((event.target as HTMLFormElement).elements.namedItem('q') as HTMLInputElement).value.trim();
  location.hash = `#/search?q=${encodeURIComponent(q)}`;
});

/** The header's language switch: the app's own words change at once, the documents' never. */
function setupLanguage(): void {
  const select = document.getElementById('language') as HTMLSelectElement | null;
  if (!select || select.dataset.ready) return;
  select.dataset.ready = 'true';
  select.value = currentLanguage();
  select.addEventListener('change', () => {
    setLanguage(select.value as Language);
    translateStatic();
    if (currentSession().mode === 'local') showLocalMode();
    else setupAccount();
    void refreshAnalysisStatus();
    void route();
  });
}

/** Asks the server how it runs, then sets up the header for it and draws the page. */
async function start(): Promise<void> {
  try {
    await Promise.all([api.session(), loadVocabulary()]);
    translateStatic();
    setupLanguage();
  } catch (error) {
    main.replaceChildren(errorBox(error));
    return;
  }
  const { mode, user } = currentSession();
  document.body.classList.toggle('signed-out', mode === 'users' && !user);
  document.body.dataset.mode = mode;
  if (mode === 'local') {
    showLocalMode();
    await setupActor();
  } else setupAccount();
  if (mode === 'local' || user) {
    void refreshReviewCount();
    void refreshAnalysisStatus();
  }
  await route();
}

let started = false;
window.addEventListener('hashchange', () => void route());
// Choosing who one acts as changes what the page lets one edit: draw it again at once.
window.addEventListener('puente:actor', () => void route());
// A reader's choice that changes what a page draws (which evidence feeds the indicators).
window.addEventListener('puente:redraw', () => void route());
// A request refused for want of a session (it expired, or a user was added and the local mode
// ended): ask the server again, and start over if that changed anything.
window.addEventListener('puente:signed-out', () => {
  if (!started) return;
  const before = currentSession();
  void api.session().then((now) => {
    if (now.mode !== before.mode || now.user?.name !== before.user?.name) void start();
  });
});
void start().then(() => {
  started = true;
});
