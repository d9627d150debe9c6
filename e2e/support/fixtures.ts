import { type BrowserContext, test as base, expect, type Page } from '@playwright/test';

export { expect };

type SignIn = (person: { email: string; password: string }) => Promise<Page>;

/**
 * `pageAs(person)` opens a page in a browser context of its own, signed in as `person`: one user
 * per context. Every context it opened is closed when the test ends, pass or fail, so no page
 * of an earlier test keeps polling or holding a live stream open while later tests run.
 */
export const test = base.extend<{ pageAs: SignIn }>({
  pageAs: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (person) => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      const response = await page.request.post('/api/auth/login', {
        data: { email: person.email, password: person.password },
      });
      expect(response.status(), await response.text()).toBe(200);
      return page;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});
