import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { newPerson, owner } from './support/accounts';
import { ClinicApi, utcDate } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';
import { createAccountAsOwner, signInThroughApi } from './support/session';

// The setup page can only be audited before setup; first-run-setup.spec.ts does that.

// An axe scan takes several seconds on a busy machine: these tests hold a few scans each and
// get a budget of their own, so that only a hang, never a slow machine, runs one out of time.
test.describe.configure({ timeout: 180_000 });

const staff = newPerson('Stella Staff');
const patient = newPerson('Percy Patient');

test.beforeAll(async ({ request }) => {
  await createAccountAsOwner(request, owner, staff, 'staff');
  await createAccountAsOwner(request, owner, patient, 'patient');
});

async function audit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSeriousA11yViolations(page, { labelInName: path.endsWith('/calendar') });
}

test('signed-out pages', async ({ page }) => {
  await audit(page, '/login');
  await audit(page, '/register');
  await audit(page, '/forgot-password');
  // Opened without the token of an emailed link: each says so.
  await audit(page, '/reset-password');
  await audit(page, '/verify-email');
});

test('owner pages', async ({ page }) => {
  await signInThroughApi(page, owner);
  for (const path of ['/owner', '/owner/staff', '/owner/services', '/owner/settings']) {
    await audit(page, path);
  }
  await audit(page, '/owner/schedule');
  await expect(page.getByRole('table', { name: /^Working hours of/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole('button', { name: 'New weekly pattern' }).click();
  await expect(page.getByRole('dialog', { name: /^New weekly pattern/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await page.goto('/owner/staff');
  await page.getByRole('button', { name: 'Add staff member' }).click();
  await expect(page.getByRole('dialog', { name: 'Add staff member' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('staff pages', async ({ page }) => {
  await signInThroughApi(page, staff);
  await audit(page, '/staff/patients');
  await audit(page, '/staff/time-off');
  await expect(page.getByRole('button', { name: 'Add time off' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('a patient’s record, its alerts badge in the book, and its edit form', async ({
  page,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const alma = await api.createUser('Alma Record', 'patient', { phone: '+351 912 000 111' });
  await api.updateUser(alma.id, { medical_alerts: ['Latex allergy'], notes: 'Prefers mornings' });
  await api.createAppointment({ patient: alma.id, date: utcDate(3), time: '09:00' });
  await signInThroughApi(page, staff);
  await audit(page, `/staff/patients/${alma.id}`);
  await expect(page.getByRole('region', { name: 'Visit history' })).toBeVisible();
  await page.getByRole('button', { name: 'Edit details' }).click();
  await expect(page.getByRole('dialog', { name: /^Edit details of/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await page.goto(`/staff/appointments?q=${encodeURIComponent(alma.name)}`);
  await expect(page.getByTestId('medical-alert-badge')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test('patient pages', async ({ page }) => {
  await signInThroughApi(page, patient);
  await audit(page, '/patient');
  await audit(page, '/patient/profile');

  await page.getByLabel('Phone').fill('+351 210 999 999');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByText('Your details were saved.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

/** A pending visit in three days, with a new dentist and patient of its own. */
async function pendingVisit(request: APIRequestContext) {
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist();
  const booked = await api.createUser('Ada Patient', 'patient');
  await api.createAppointment({
    patient: booked.id,
    dentist: dentist.id,
    date: utcDate(3),
    time: '09:00',
    status: 'pending',
    notes: 'Booked for the accessibility audit',
  });
  return booked;
}

test('the appointment book and its booking dialog', async ({ page }) => {
  await signInThroughApi(page, owner);
  await audit(page, '/owner/appointments');
  await page.getByRole('button', { name: 'New appointment' }).first().click();
  const create = page.getByRole('dialog', { name: 'New appointment' });
  await expect(create).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await create.getByRole('button', { name: /Pick the date/ }).click();
  await expect(page.getByRole('button', { name: 'Next month' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.keyboard.press('Escape');
  await expect(create).toBeVisible();
  await create.getByRole('button', { name: 'Cancel' }).click();
  await expect(create).toBeHidden();

  await signInThroughApi(page, staff);
  await audit(page, '/staff/appointments');
});

test('an appointment’s dialogs and its row menu', async ({ page, request }) => {
  const booked = await pendingVisit(request);
  await signInThroughApi(page, owner);
  await page.goto('/owner/appointments');
  const row = page.getByRole('row').filter({ hasText: booked.email });

  await row.getByRole('button', { name: /^View/ }).click();
  const view = page.getByRole('dialog', { name: 'Appointment' });
  await expect(view.getByRole('list', { name: 'Change history' })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await view.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = page.getByRole('dialog', { name: 'Edit appointment' });
  await expect(edit).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await edit.getByRole('button', { name: 'Cancel' }).click();

  await view.getByRole('button', { name: 'Delete', exact: true }).click();
  const remove = page.getByRole('dialog', { name: 'Delete this appointment?' });
  await expect(remove).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await remove.getByRole('button', { name: 'Cancel' }).click();
  await view.getByRole('button', { name: 'Cancel', exact: true }).click();
  const cancel = page.getByRole('dialog', { name: 'Cancel this appointment?' });
  await expect(cancel).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await cancel.getByRole('button', { name: 'Keep appointment' }).click();
  await view.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(view).toBeHidden();

  await row.getByRole('button', { name: /^More actions/ }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // Each item with the pointer on it: the hover colours must be as readable as the resting ones.
  for (const item of await page.getByRole('menuitem').all()) {
    await expectNoSeriousA11yViolations(page, { hovering: item });
  }
  await page.keyboard.press('Escape');
});

test('appointment pages of a patient', async ({ page }) => {
  await signInThroughApi(page, patient);
  await audit(page, '/patient/appointments');
  await page.getByRole('button', { name: 'Request appointment' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Request appointment' });
  await expect(dialog).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await dialog.getByRole('button', { name: 'Send request' }).click();
  await expect(dialog.getByText('Choose a service.')).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

/** A pending request for tomorrow at 08:00, with a new dentist and patient of its own. */
async function pendingRequest(request: APIRequestContext, label: string, notes: string) {
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist();
  const patient = await api.createUser(label, 'patient');
  await api.createAppointment({
    patient: patient.id,
    dentist: dentist.id,
    date: utcDate(1),
    time: '08:00',
    status: 'pending',
    notes,
  });
  return patient;
}

test('the owner’s dashboard and its decline dialog', async ({ page, request }) => {
  const booked = await pendingRequest(request, 'Dana Dashboard', 'Audited on the dashboard');
  await signInThroughApi(page, owner);
  await audit(page, '/owner');
  const requested = page.getByRole('listitem').filter({ hasText: booked.name });
  await requested.getByRole('button', { name: /^Decline/ }).click();
  const decline = page.getByRole('dialog', { name: 'Decline this request?' });
  await expect(decline).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await decline.getByRole('button', { name: 'Keep request' }).click();
  await expect(decline).toBeHidden();
});

test('the calendar in each of its views', async ({ page }) => {
  await signInThroughApi(page, owner);
  await audit(page, '/owner/calendar');
  for (const view of ['Month', 'Day', 'List']) {
    await page.getByRole('button', { name: view, exact: true }).click();
    await expect(page.getByRole('button', { name: view, exact: true })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expectNoSeriousA11yViolations(page, { labelInName: true });
  }
});

test('every appointment on the calendar opens from the keyboard', async ({ page, request }) => {
  const notes = 'Audited on the calendar';
  const booked = await pendingRequest(request, 'Cora Calendar', notes);
  await signInThroughApi(page, owner);
  await page.goto(`/owner/calendar?date=${utcDate(1)}`);
  const onGrid = page.locator('.fc-timegrid-event').filter({ hasText: booked.name });
  await expect(onGrid).toBeVisible();
  await expectNoSeriousA11yViolations(page, { labelInName: true });

  const view = page.getByRole('dialog', { name: 'Appointment' });
  await expect(onGrid).toHaveAttribute('tabindex', '0');
  await onGrid.focus();
  await page.keyboard.press('Enter');
  await expect(view).toContainText(notes);
  await view.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(view).toBeHidden();
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const inList = page.locator('.fc-list-event').filter({ hasText: booked.name });
  await inList.getByText(booked.name).focus();
  await page.keyboard.press('Enter');
  await expect(view).toContainText(notes);
  await view.getByRole('button', { name: 'Close', exact: true }).click();
});

test('the staff’s dashboard and calendar, and a patient’s dashboard', async ({ page, request }) => {
  const booked = await pendingRequest(request, 'Pia Dashboard', 'Audited on the dashboards');
  await signInThroughApi(page, staff);
  await audit(page, '/staff');
  await audit(page, '/staff/calendar');
  await signInThroughApi(page, booked);
  await audit(page, '/patient');
});
