import { ClinicApi, uniqueLabel, utcWeekday } from './support/api';
import { dentistWorkingOnlyOn, freeTime, openPickerOnNextFreeDay } from './support/availability';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';

test('the bell rings live for the front desk and the patient, and read stays read', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  // A dentist of the journey's own, free on one weekday ahead, and a service only they perform.
  const dentist = await dentistWorkingOnlyOn(api, 'Bell', utcWeekday(2), {
    start: '09:00',
    end: '12:00',
  });
  const service = await api.createService(uniqueLabel('Bell check-up'), 30, {
    dentists: [dentist.id],
  });
  const desk = await api.createUser(uniqueLabel('Dana Desk'), 'staff');
  const patient = await api.createUser(uniqueLabel('Bella Bell'), 'patient');

  const deskPage = await pageAs(desk);
  const patientPage = await pageAs(patient);
  const deskBell = deskPage.getByRole('button', { name: /^Notifications/ });
  const patientBell = patientPage.getByRole('button', { name: /^Notifications/ });

  await deskPage.goto('/staff');
  await expect(deskPage.getByRole('region', { name: 'Pending requests' })).toBeVisible();
  await expect(deskBell).toHaveAccessibleName('Notifications');

  await test.step('a patient’s request raises the front desk’s count without a reload', async () => {
    const dialog = await openPickerOnNextFreeDay(patientPage, { service: service.name, dentist });
    await freeTime(dialog, '09:00').click();
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await expect(dialog).toBeHidden();
    await expect(deskBell).toHaveAccessibleName('Notifications, 1 unread');
    // The patient is not told of their own request.
    await expect(patientBell).toHaveAccessibleName('Notifications');
  });

  await test.step('the front desk reads it in the panel, which passes the accessibility audit', async () => {
    await deskBell.click();
    const panel = deskPage.getByRole('dialog', { name: 'Notifications' });
    const item = panel.getByRole('listitem').filter({ hasText: patient.name });
    await expect(item).toContainText(`${patient.name} requested a visit on`);
    await expect(item).toContainText('at 09:00');
    await expect(item).toContainText('Unread');
    await expectNoSeriousA11yViolations(deskPage);
    await deskPage.keyboard.press('Escape');
    await expect(panel).toBeHidden();
  });

  await test.step('the front desk confirms: the patient’s bell shows it live', async () => {
    const queue = deskPage.getByRole('region', { name: 'Pending requests' });
    const request = queue.getByRole('listitem').filter({ hasText: patient.name });
    await request.getByRole('button', { name: /^Confirm/ }).click();
    await expect(request).toHaveCount(0);
    await expect(patientBell).toHaveAccessibleName('Notifications, 1 unread');

    await patientBell.click();
    const panel = patientPage.getByRole('dialog', { name: 'Notifications' });
    const item = panel.getByRole('listitem').first();
    await expect(item).toContainText('Your visit on');
    await expect(item).toContainText('at 09:00 is confirmed');
    await expectNoSeriousA11yViolations(patientPage);
    // Opening it leads to the patient's appointments and marks it read.
    await item.getByRole('link').click();
    await expect(patientPage).toHaveURL(/\/patient\/appointments$/);
    await expect(patientBell).toHaveAccessibleName('Notifications');
  });

  await test.step('“Mark all as read” holds across a reload', async () => {
    await deskBell.click();
    const panel = deskPage.getByRole('dialog', { name: 'Notifications' });
    await panel.getByRole('button', { name: 'Mark all as read' }).click();
    await expect(deskBell).toHaveAccessibleName('Notifications');
    await expect(panel.getByRole('listitem').filter({ hasText: patient.name })).not.toContainText(
      'Unread',
    );

    await deskPage.reload();
    await expect(deskPage.getByRole('region', { name: 'Pending requests' })).toBeVisible();
    await expect(deskBell).toHaveAccessibleName('Notifications');
    await deskBell.click();
    const item = deskPage
      .getByRole('dialog', { name: 'Notifications' })
      .getByRole('listitem')
      .filter({ hasText: patient.name });
    await expect(item).toContainText(`${patient.name} requested a visit on`);
    await expect(item).not.toContainText('Unread');

    // The item opens the visit in the team's appointment dialog.
    await item.getByRole('button').click();
    const visit = deskPage.getByRole('dialog').filter({ hasText: service.name });
    await expect(visit).toBeVisible();
    await expect(visit).toContainText(patient.name);
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the bell sits in the header and its panel fits the screen', async ({ pageAs, request }) => {
    const api = await ClinicApi.asOwner(request);
    const patient = await api.createUser(uniqueLabel('Pia Phone'), 'patient');
    const dentist = await api.createDentist(uniqueLabel('Dr Phone'));
    // Booked and confirmed by the clinic: the patient hears of it.
    await api.createAppointment({
      patient: patient.id,
      dentist: dentist.id,
      date: utcWeekday(3),
      time: '10:00',
    });
    const page = await pageAs(patient);
    await page.goto('/patient');
    const bell = page.getByRole('button', { name: 'Notifications, 1 unread' });
    await expect(bell).toBeVisible();
    // Beside the language and "Sign out", which keep their whole width; the clinic's name gives way.
    const signOut = page.getByRole('button', { name: 'Sign out' });
    const clipped = await signOut.evaluate((button) =>
      Array.from(button.querySelectorAll('span')).some(
        (span) => span.scrollWidth > span.clientWidth,
      ),
    );
    expect(clipped).toBe(false);
    const signOutBox = await signOut.boundingBox();
    expect((signOutBox?.x ?? 0) + (signOutBox?.width ?? 0)).toBeLessThanOrEqual(375);
    await bell.click();
    const panel = page.getByRole('dialog', { name: 'Notifications' });
    await expect(panel.getByRole('listitem')).toContainText('at 10:00 is confirmed');
    const box = await panel.boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(375);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
