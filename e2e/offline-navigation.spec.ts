import { owner } from './support/accounts';
import { expect, test } from './support/fixtures';

test('a page that cannot be fetched says so inside the layout and loads once the server is back', async ({
  pageAs,
}) => {
  const page = await pageAs(owner);
  await page.goto('/owner');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const menu = page.getByRole('navigation', { name: 'Main menu' });

  // The server goes away: no page's code, stylesheet or health check gets through.
  const away = (route: { abort: () => Promise<void> }) => route.abort();
  await page.route('**/assets/**', away);
  await page.route('**/healthz', away);

  await menu.getByRole('link', { name: 'Services' }).click();
  const failure = page.getByRole('alert').filter({ hasText: 'This page could not be loaded' });
  await expect(failure).toBeVisible();
  // The layout stays: the menu and the header still work.
  await expect(menu.getByRole('link', { name: 'Appointments' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.getByText(/Unable to preload CSS|Failed to fetch/)).toHaveCount(0);

  // The server is back: nothing is clicked, the page notices and loads, styled.
  await page.unroute('**/assets/**', away);
  await page.unroute('**/healthz', away);
  await expect(page.getByRole('heading', { name: 'Services', level: 1 })).toBeVisible({
    timeout: 60_000,
  });
  await expect(failure).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add service' }).first()).toBeVisible();
  const styled = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')).every(
      (link) => link.sheet !== null,
    ),
  );
  expect(styled, 'every stylesheet applied').toBe(true);
});

test('a Try again while the server is still away keeps the page’s error state', async ({
  pageAs,
}) => {
  const page = await pageAs(owner);
  await page.goto('/owner');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const away = (route: { abort: () => Promise<void> }) => route.abort();
  await page.route('**/assets/**', away);
  await page.route('**/healthz', away);
  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'Staff' })
    .click();
  const failure = page.getByRole('alert').filter({ hasText: 'This page could not be loaded' });
  await expect(failure).toBeVisible();
  await failure.getByRole('button', { name: 'Try again now' }).click();
  await expect(failure).toBeVisible();

  await page.unroute('**/assets/**', away);
  await failure.getByRole('button', { name: 'Try again now' }).click();
  await expect(page.getByRole('heading', { name: 'Staff', level: 1 })).toBeVisible();
});
