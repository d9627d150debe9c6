import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Waits for the page's own loading placeholders to go, then audits what a user would see. */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  // The pointer rests wherever the last click left it; on a menu item or a button its hover
  // colours would be audited instead of the resting ones, and differ from run to run.
  await page.mouse.move(0, 0);
  await expect(page.getByRole('status', { name: 'Loading' })).toHaveCount(0);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
  expect(serious, `accessibility problems on ${page.url()}`).toEqual([]);
}
