import type { Page } from '@playwright/test';
import { owner } from './support/accounts';
import { expect, test } from './support/fixtures';

// A page left open keeps polling and holding a live stream while later tests run, slowing them
// and muddling what they see; pages opened with `pageAs` must end with the test that opened them.

test.describe.configure({ mode: 'serial' });

let opened: Page | undefined;

test('a journey opens a signed-in page of its own', async ({ pageAs }) => {
  opened = await pageAs(owner);
  await opened.goto('/owner');
  await expect(opened.getByRole('heading', { level: 1 })).toBeVisible();
});

test('that page is closed once the journey that opened it has ended', () => {
  expect(opened, 'the first test ran').toBeDefined();
  expect(opened?.isClosed()).toBe(true);
});
