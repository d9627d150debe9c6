import type { Locator, Page } from '@playwright/test';

/** Drags a time-grid event so that it starts at `time` on `date` (30-minute slots). */
export async function dragEvent(page: Page, event: Locator, date: string, time: string) {
  const from = await event.boundingBox();
  const column = await page.locator(`.fc-timegrid-col[data-date="${date}"]`).boundingBox();
  const slot = await page.locator(`.fc-timegrid-slot-lane[data-time="${time}:00"]`).boundingBox();
  if (!from || !column || !slot) throw new Error('The calendar is not on screen.');
  // Grabbing the event near its top edge moves its start to the slot's top edge.
  const x = from.x + from.width / 2;
  await page.mouse.move(x, from.y + 4);
  await page.mouse.down();
  await page.mouse.move(x, from.y + 14, { steps: 4 });
  await page.mouse.move(column.x + column.width / 2, slot.y + 4, { steps: 12 });
  await page.mouse.up();
}
