import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * A visible label that the accessible name does not contain (WCAG 2.5.3) breaks speech
 * control; the calendar once had it. Axe ships the rule as experimental and leaves it out
 * unless asked; pages audited with `labelInName` are held to it.
 */
const LABEL_IN_NAME = { 'label-content-name-mismatch': { enabled: true } };

/**
 * Waits for the page's own loading placeholders to go, then audits what a user would see.
 * `hovering` audits with the pointer resting on that element (a menu item's hover colours);
 * otherwise the pointer is moved off the page first, so every run audits the same colours.
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  { hovering, labelInName = false }: { hovering?: Locator; labelInName?: boolean } = {},
): Promise<void> {
  // The pointer rests wherever the last click left it; on a menu item or a button its hover
  // colours would be audited instead of the resting ones, and differ from run to run.
  if (hovering) await hovering.hover();
  else await page.mouse.move(0, 0);
  await expect(page.getByRole('status', { name: 'Loading' })).toHaveCount(0);
  const results = await new AxeBuilder({ page })
    .options(labelInName ? { rules: LABEL_IN_NAME } : {})
    .analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      ...violation,
      nodes: violation.nodes.filter((node) => !isDayCellContent(violation.id, node.target)),
    }))
    .filter((violation) => violation.nodes.length > 0)
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
  expect(serious, `accessibility problems on ${page.url()}`).toEqual([]);
}

/**
 * A month view's day cell is named by its date ("5 December 2026"); what it shows below the
 * date (visits, a "Closed" marker) is its content, not its label, and nobody speaks a cell's
 * content to select it. The experimental rule reads all of it as the label, so for these
 * cells, and this rule only, it is not applied.
 */
function isDayCellContent(rule: string, target: readonly unknown[]): boolean {
  return (
    rule === 'label-content-name-mismatch' &&
    target.length === 1 &&
    typeof target[0] === 'string' &&
    target[0].startsWith('td[aria-labelledby=')
  );
}
