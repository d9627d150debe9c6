import { owner } from './support/accounts';
import { ClinicApi, uniqueLabel, utcWeekday } from './support/api';
import { fillSchedule } from './support/appointment-form';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';

test('the owner reads who changed which appointment, live, and filters the log', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist('Ada Auditdentist');
  const patient = await api.createUser('Lou Logged', 'patient');
  await api.createAppointment({
    patient: patient.id,
    dentist: dentist.id,
    // A weekday, so that moving it to 11:30 stays within the opening hours.
    date: utcWeekday(9),
    time: '09:00',
    notes: 'Booked for the audit log',
  });

  const page = await pageAs(owner);
  await page.goto('/owner');
  await page.getByRole('navigation').getByRole('link', { name: 'Audit log' }).click();
  await expect(page).toHaveURL(/\/owner\/audit$/);
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  // Newest first, so the first of the patient's rows is the latest change to their appointment.
  // Their account has a line of its own, about the account rather than the appointment.
  const rows = page
    .getByRole('row')
    .filter({ hasText: patient.name })
    .filter({ has: page.getByText('Appointment', { exact: true }) });

  await test.step('the booking is listed with who made it', async () => {
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Created');
    await expect(rows.first()).toContainText(owner.name);
    // The pointer still rests on the menu link it clicked: its hover shade is audited too.
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('a change made from the log shows up in it without a reload', async () => {
    await rows
      .first()
      .getByRole('button', { name: /^View the appointment/ })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Appointment' });
    await dialog.getByRole('button', { name: 'Edit', exact: true }).click();
    const edit = page.getByRole('dialog', { name: 'Edit appointment' });
    await fillSchedule(page, edit, { time: '11:30' });
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect(edit).toBeHidden();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toBeHidden();

    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('Changed');
    await expect(rows.first()).toContainText(owner.name);
    await expect(rows.first()).toContainText('Time: 09:00 → 11:30');
  });

  await test.step('a deleted appointment keeps its lines, which no longer open it', async () => {
    await rows
      .first()
      .getByRole('button', { name: /^View the appointment/ })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Appointment' });
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete this appointment?' });
    await confirm.getByRole('button', { name: 'Delete appointment' }).click();
    await expect(confirm).toBeHidden();

    await expect(rows).toHaveCount(3);
    await expect(rows.first()).toContainText('Deleted');
    await expect(rows.getByRole('button', { name: /^View the appointment/ })).toHaveCount(0);
  });

  await test.step('filtering by action keeps to deletions, with the patient’s name', async () => {
    await page.getByRole('combobox', { name: 'Action' }).click();
    await page.getByRole('option', { name: 'Deleted', exact: true }).click();
    await expect(page).toHaveURL(/[?&]action=deleted/);
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText('Deleted');
    await expect(rows).toContainText(patient.name);
    await expect(page.getByRole('row').filter({ hasText: 'Created' })).toHaveCount(0);
  });

  await test.step('on a phone the lines are cards that fit the screen', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await expect(page.getByRole('article').filter({ hasText: patient.name })).toContainText(
      'Deleted',
    );
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('the owner finds changes to accounts and services in the log, by kind', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const staff = await api.createUser('Sid Settings', 'staff');
  const service = await api.createService(uniqueLabel('Audit polish'));
  const page = await pageAs(owner);

  await test.step('the owner raises a price and deactivates a staff member', async () => {
    await page.goto('/owner/services');
    await page.getByRole('button', { name: `Edit ${service.name}` }).click();
    const serviceDialog = page.getByRole('dialog', { name: `Edit ${service.name}` });
    await serviceDialog.getByLabel('Price').fill('65');
    await serviceDialog.getByRole('button', { name: 'Save changes' }).click();
    await expect(serviceDialog).toBeHidden();

    await page.goto('/owner/staff');
    await page.getByRole('button', { name: `Edit ${staff.name}` }).click();
    const staffDialog = page.getByRole('dialog', { name: `Edit ${staff.name}` });
    await staffDialog.getByRole('button', { name: 'Deactivate account' }).click();
    await staffDialog.getByRole('button', { name: 'Deactivate', exact: true }).click();
    await expect(staffDialog).toBeHidden();
  });

  await page.getByRole('navigation').getByRole('link', { name: 'Audit log' }).click();
  await expect(page).toHaveURL(/\/owner\/audit$/);
  // Newest first: the change, then the creation.
  const serviceRows = page.getByRole('row').filter({ hasText: service.name });
  const staffRows = page.getByRole('row').filter({ hasText: staff.name });
  const appointmentRows = page
    .getByRole('row')
    .filter({ has: page.getByText('Appointment', { exact: true }) });

  await test.step('each change says what it was about, in words', async () => {
    await expect(serviceRows).toHaveCount(2);
    await expect(serviceRows.first()).toContainText('Service');
    await expect(serviceRows.first()).toContainText('Changed');
    await expect(serviceRows.first()).toContainText(owner.name);
    await expect(serviceRows.first()).toContainText('Price: 60.00 → 65.00');
    await expect(serviceRows.last()).toContainText('Created');

    await expect(staffRows).toHaveCount(2);
    await expect(staffRows.first()).toContainText('Account');
    await expect(staffRows.first()).toContainText('Deactivated');
    await expect(staffRows.last()).toContainText('Created');
    await expect(staffRows.last()).toContainText('Role: staff');
    // Only appointments can be opened from the log.
    await expect(serviceRows.getByRole('button')).toHaveCount(0);
    await expect(staffRows.getByRole('button')).toHaveCount(0);
    await expectNoSeriousA11yViolations(page);
  });

  await test.step('the Kind filter keeps to one kind of change', async () => {
    await page.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Services', exact: true }).click();
    await expect(page).toHaveURL(/[?&]kind=service/);
    await expect(serviceRows).toHaveCount(2);
    await expect(staffRows).toHaveCount(0);
    await expect(appointmentRows).toHaveCount(0);

    await page.getByRole('combobox', { name: 'Kind' }).click();
    await page.getByRole('option', { name: 'Accounts', exact: true }).click();
    await expect(page).toHaveURL(/[?&]kind=account/);
    await expect(staffRows).toHaveCount(2);
    await expect(serviceRows).toHaveCount(0);

    await page.getByRole('button', { name: 'Reset filters' }).click();
    await expect(page).toHaveURL(/\/owner\/audit$/);
    await expect(serviceRows).toHaveCount(2);
  });
});

test('the audit log is the owner’s alone', async ({ pageAs, request }) => {
  const api = await ClinicApi.asOwner(request);
  const staff = await api.createUser('Stan Staff', 'staff');
  const page = await pageAs(staff);

  await page.goto('/owner/audit');
  await expect(page).toHaveURL(/\/staff$/);
  await expect(page.getByRole('heading', { name: 'Audit log' })).toHaveCount(0);
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Audit log' })).toHaveCount(
    0,
  );
  const response = await page.request.get('/api/audit');
  expect(response.status()).toBe(403);
});
