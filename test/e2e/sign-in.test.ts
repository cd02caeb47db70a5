// Signing in, in a real browser (Debian's chromium, driven by playwright-core), against the real
// server over a SQLite store that has users: the sign-in page, what each role may edit, sign-out,
// and the content security policy holding on every page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAgreementFile } from '../../src/services/agreement-file.js';
import { TrackingService } from '../../src/services/tracking.service.js';
import type { Database } from '../../src/store/schema.js';
import { chromiumPath } from '../helpers/browser.js';
import { startServer } from '../helpers/server.js';
import { repoRoot } from '../helpers/shared.js';
import { newTestStore } from '../helpers/store.js';
import { addUsers, testPassword } from '../helpers/users.js';

const agreement = parseAgreementFile(
  readFileSync(join(repoRoot, 'example', 'agreement.yaml'), 'utf8'),
  'agreement.yaml',
);
const tunnels = `${agreement.id}/border-security-tunnels`;

describe.skipIf(!existsSync(chromiumPath))('signing in, in a real browser', () => {
  let store: { db: Kysely<Database>; close: () => Promise<void> };
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  const signIn = async (name: string, password = testPassword) => {
    await page.fill('#login-name', name);
    await page.fill('#login-password', password);
    await page.click('.login-form button[type=submit]');
  };
  const settled = () =>
    page.waitForFunction(() => document.getElementById('main')?.getAttribute('aria-busy') === 'false');

  beforeAll(async () => {
    store = await newTestStore('sqlite');
    await addUsers(store.db, [
      { name: 'Ana Admin', party: null, role: 'admin' },
      { name: 'Lucía Ortega', party: 'MEX', role: 'assessor' },
      { name: '王秀英', party: null, role: 'reviewer' },
    ]);
    await new TrackingService(store.db).importAgreement(agreement, { name: 'Ana Admin', party: null, role: 'admin' });
    server = await startServer(store.db, join(repoRoot, 'web', 'public'));
    browser = await chromium.launch({ executablePath: chromiumPath });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (error) => problems.push(error.message));
    // Chromium reports what the content security policy blocked on the console.
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) problems.push(message.text());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
  });

  it('asks to sign in, says when the password is wrong, and opens the app as the user', async () => {
    await page.goto(`${server.url}/#/commitment/${tunnels}`);
    await page.waitForSelector('.login-form');
    expect(await page.locator('#nav').isVisible()).toBe(false);
    await signIn('Lucía Ortega', 'not the password');
    await page.waitForSelector('.login-problem:not([hidden])');
    expect(await page.locator('.login-problem').textContent()).toBe('That name and password do not match a user.');
    await signIn('lucía ortega');
    // The page asked for comes up once signed in.
    await page.waitForSelector('.assessment[data-party="MEX"] form.assess-form');
    expect(await page.locator('#account .account-name').textContent()).toBe('Lucía Ortega');
    expect(await page.locator('#account .account-role').textContent()).toBe('assessor · MEX');
    // The party is the account's: no box to choose another, and no form for the other party.
    expect(await page.locator('#actor-party').count()).toBe(0);
    expect(await page.locator('.assessment[data-party="USA"] form.assess-form').count()).toBe(0);
    expect(await page.locator('.assessment[data-party="USA"] .hint').textContent()).toBe(
      "Only USA's assessors can change this assessment.",
    );
    expect(await page.locator('#local-mode').count()).toBe(0);
  });

  it("saves its own party's assessment under the user's name", async () => {
    await page.selectOption('.assessment[data-party="MEX"] select[name=status]', 'minimal');
    await page.fill('.assessment[data-party="MEX"] textarea[name=narrative]', 'Mapping begun on the western stretch.');
    await page.click('.assessment[data-party="MEX"] form.assess-form button[type=submit]');
    await expect
      .poll(() => page.locator('.assessment[data-party="MEX"] .byline').textContent())
      .toMatch(/^Lucía Ortega · /);
    const { commitment } = (await (
      await fetch(`${server.url}/api/commitments/${tunnels}`, {
        headers: { cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
      })
    ).json()) as { commitment: { assessments: { party: string; updatedBy: string }[] } };
    expect(commitment.assessments.map((a) => `${a.party} by ${a.updatedBy}`)).toEqual(['MEX by Lucía Ortega']);
    // The session cookie is out of the page's reach.
    expect(await page.evaluate(() => document.cookie)).toBe('');
  });

  it('signs out back to the sign-in page, and a reviewer named in another script signs in', async () => {
    await page.click('#sign-out');
    await page.waitForSelector('.login-form');
    expect((await page.context().cookies()).filter((c) => c.value !== '')).toEqual([]);
    await page.goto(`${server.url}/#/review`);
    await page.waitForSelector('.login-form');
    await signIn('王秀英');
    await page.waitForSelector('#account');
    await settled();
    expect(await page.locator('#account .account-name').textContent()).toBe('王秀英');
    expect(await page.locator('.page[data-page="review"]').count()).toBe(1);
    expect(problems).toEqual([]);
  });

  it('asks to sign in in Spanish, and names the signed-in user and the way out in Spanish', async () => {
    const { vocabularies } = (await (await fetch(`${server.url}/api/vocabulary`)).json()) as {
      vocabularies: { es: { ui: Record<string, string> } };
    };
    const es = (english: string) => vocabularies.es.ui[english]!;
    // A browser of its own: no session, nothing chosen before.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const spanish = await context.newPage();
    spanish.on('pageerror', (error) => problems.push(error.message));
    await spanish.goto(`${server.url}/#/board`);
    await spanish.waitForSelector('.login-form');
    await spanish.selectOption('#language', 'es');
    await expect
      .poll(() => spanish.locator('#login-title').textContent(), { timeout: 15_000 })
      .toBe(es('Your Puente account'));
    expect(await spanish.locator('.login-form label').allTextContents()).toEqual([es('Name'), es('Password')]);
    expect(await spanish.locator('.login-form button[type=submit]').textContent()).toBe(es('Sign in'));
    expect(await spanish.locator('.page-header h1').textContent()).toBe(es('Sign in'));
    await spanish.fill('#login-name', 'Ana Admin');
    await spanish.fill('#login-password', 'not the password');
    await spanish.click('.login-form button[type=submit]');
    await expect
      .poll(() => spanish.locator('.login-problem:not([hidden])').textContent(), { timeout: 15_000 })
      .toBe(es('That name and password do not match a user.'));
    await spanish.fill('#login-password', testPassword);
    await spanish.click('.login-form button[type=submit]');
    await expect.poll(() => spanish.locator('#sign-out').textContent(), { timeout: 15_000 }).toBe(es('Sign out'));
    expect(await spanish.locator('#account .account-role').textContent()).toBe(es('administrator'));
    await context.close();
    expect(problems).toEqual([]);
  });
});
