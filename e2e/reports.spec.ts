import type { Page } from '@playwright/test';
import { owner } from './support/accounts';
import { ClinicApi, longDate, utcDate } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';

async function choosePeriod(page: Page, from: string, to: string): Promise<void> {
  // To first: a From in the future with To left at today would be refused in between.
  await page.getByRole('textbox', { name: 'To', exact: true }).fill(to);
  await page.getByRole('textbox', { name: 'From', exact: true }).fill(from);
}

test('the owner reads a dentist’s appointments and cancellations, live', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist('Rhea Reportdentist');
  const patient = await api.createUser('Pat Reported', 'patient');
  const [from, to] = [utcDate(40), utcDate(43)];
  const booked = [];
  for (const days of [40, 41, 42, 43]) {
    booked.push(
      await api.createAppointment({
        patient: patient.id,
        dentist: dentist.id,
        date: utcDate(days),
        time: '09:00',
        status: 'confirmed',
      }),
    );
  }
  const [first, second] = booked;
  if (!first || !second) throw new Error('The appointments were not booked.');
  await api.updateAppointment(first.id, { status: 'cancelled', reason: 'The patient moved away' });

  const page = await pageAs(owner);
  await page.goto('/owner');
  await page.getByRole('navigation').getByRole('link', { name: 'Reports' }).click();
  await expect(page).toHaveURL(/\/owner\/reports$/);
  await expect(page.getByRole('heading', { name: 'Reports', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Last 4 weeks' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await choosePeriod(page, from, to);
  await expect(page).toHaveURL(new RegExp(`[?&]from=${from}`));
  await expect(page).toHaveURL(new RegExp(`[?&]to=${to}`));
  await expect(
    page.getByText(`${longDate(from)} to ${longDate(to)}`, { exact: true }),
  ).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: dentist.name });
  // Appointments, Completed, No-shows, Cancelled, Booked hours, Utilisation, No-show rate,
  // Cancellation rate, median and mean wait, on time. Three confirmed half hours hold a chair;
  // nothing was due yet, and nobody has checked in.
  const cells = row.getByRole('cell');

  await test.step('the dentist’s line counts every appointment and the cancelled one', async () => {
    await expect(cells).toHaveText([
      '4',
      '0',
      '0',
      '1',
      '1.5 h',
      /%$/,
      '—Not applicable',
      '25%',
      '—Not applicable',
      '—Not applicable',
      '—Not applicable',
    ]);
    await expect(page.getByRole('row').filter({ hasText: 'Totals' })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('a cancellation made elsewhere shows up without a reload', async () => {
    await api.updateAppointment(second.id, { status: 'cancelled' });
    await expect(cells.nth(3)).toHaveText('2');
    await expect(cells.nth(4)).toHaveText('1 h');
    await expect(cells.nth(7)).toHaveText('50%');
  });

  await test.step('a period that ends before it starts is refused at the From field', async () => {
    await page.getByRole('textbox', { name: 'From', exact: true }).fill(utcDate(50));
    const field = page.getByRole('textbox', { name: 'From', exact: true });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Choose a day on or before the last day.')).toBeVisible();
    await expect(row).toHaveCount(0);
    await field.fill(from);
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    await expect(cells.nth(3)).toHaveText('2');
  });

  await test.step('on a phone the lines are cards that fit the screen', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    const card = page.getByRole('article', { name: dentist.name });
    await expect(card).toContainText('Cancelled2');
    await expect(card).toContainText('Cancellation rate50%');
    await expect(page.getByRole('article', { name: 'Totals' })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('reports are the owner’s alone', async ({ pageAs, request }) => {
  const api = await ClinicApi.asOwner(request);
  const staff = await api.createUser('Stan Statistics', 'staff');
  const page = await pageAs(staff);

  await page.goto('/owner/reports');
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByRole('heading', { name: 'Reports' })).toHaveCount(0);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Reports' })).toHaveCount(0);
  const response = await page.request.get('/api/reports/appointments');
  expect(response.status()).toBe(403);
});
