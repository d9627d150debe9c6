import { expect, type Page, test } from '@playwright/test';
import { owner } from './support/accounts';
import { signInThroughForm, signOut } from './support/session';

/** Everything the browser would report in its console, and every answer it got with an error. */
function watchForErrors(page: Page) {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  return errors;
}

test('a visitor’s sign-in page loads with no console error, its files compressed and cached', async ({
  page,
}) => {
  const errors = watchForErrors(page);
  // They come with the page's load, so they get as long as a navigation.
  const loading = { timeout: 30_000 };
  const session = page.waitForResponse(
    (r) => new URL(r.url()).pathname === '/api/auth/session',
    loading,
  );
  // The entry script: lazy chunks under 1 KiB are sent as they are.
  const script = page.waitForResponse((r) => /\/assets\/index-[^/]+\.js$/.test(r.url()), loading);
  const document = await page.goto('/login');

  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  expect((await session).status()).toBe(200);
  expect(await (await session).json()).toEqual({ user: null });
  expect(errors).toEqual([]);

  expect(document?.headers()['cache-control']).toBe('no-cache');
  const scriptHeaders = (await script).headers();
  expect(scriptHeaders['content-encoding']).toMatch(/^(br|gzip)$/);
  expect(scriptHeaders['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('a signed-in person stays signed in across a reload, and signs out without an error', async ({
  page,
}) => {
  const errors = watchForErrors(page);
  await signInThroughForm(page, owner);
  await expect(page.getByRole('heading', { name: `Welcome, ${owner.name}` })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: `Welcome, ${owner.name}` })).toBeVisible();

  await signOut(page);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  expect(errors).toEqual([]);
});
