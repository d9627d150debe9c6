import { ClinicApi, uniqueLabel, utcDate } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';
import { boardCard, dayLeftFor, utcTimeIn } from './support/day-board';
import { expect, test } from './support/fixtures';

test('a patient arrives, is seated and completed on the day board while a second desk watches it live', async ({
  pageAs,
  request,
}) => {
  test.skip(!dayLeftFor(60, 30), 'Too little of the UTC day is left for a visit later today.');
  // Two signed-in pages, an axe scan and a dialog: the accessibility journeys' limit (decision 016).
  test.setTimeout(180_000);
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist(uniqueLabel('Dr. Board'));
  const desk = await api.createUser('Dana Desk', 'staff');
  const secondDesk = await api.createUser('Sid Second', 'staff');
  const patient = await api.createUser(uniqueLabel('Paula Present'), 'patient');
  const time = utcTimeIn(60);
  await api.createAppointment({
    patient: patient.id,
    dentist: dentist.id,
    date: utcDate(),
    time,
    status: 'confirmed',
  });

  const deskPage = await pageAs(desk);
  const watchPage = await pageAs(secondDesk);
  // A tablet at the chair: the board must work at this width.
  await watchPage.setViewportSize({ width: 820, height: 1180 });
  await deskPage.goto('/staff/day');
  await watchPage.goto('/staff/day');
  const deskCard = boardCard(deskPage, dentist.name, patient.name);
  const watchedCard = boardCard(watchPage, dentist.name, patient.name);
  await expect(deskCard).toContainText('Confirmed');
  await expect(watchedCard).toContainText('Confirmed');
  await expectNoSeriousA11yViolations(deskPage);

  await test.step('the front desk checks the patient in; the other desk sees the wait start', async () => {
    await deskCard.getByRole('button', { name: `Check in: ${patient.name} at ${time}` }).click();
    await expect(deskCard).toContainText('Checked in');
    await expect(watchedCard).toContainText('Checked in');
    await expect(watchedCard).toContainText(/Waiting \d+ min/);
    await expect(watchedCard.getByRole('button', { name: /^Seat:/ })).toBeVisible();
  });

  await test.step('the patient is seated; the wait stops on both desks', async () => {
    await deskCard.getByRole('button', { name: /^Seat:/ }).click();
    await expect(watchedCard).toContainText('In the chair');
    await expect(watchedCard).toContainText(/Waited \d+ min/);
  });

  await test.step('the visit is completed, by keyboard, and both boards say so', async () => {
    const complete = deskCard.getByRole('button', { name: /^Complete:/ });
    await complete.focus();
    await deskPage.keyboard.press('Enter');
    await expect(deskCard).toContainText('Completed');
    await expect(watchedCard).toContainText('Completed');
    await expect(watchedCard.getByRole('button', { name: /^Complete:/ })).toHaveCount(0);
  });

  await test.step('the history keeps each step', async () => {
    await deskCard.getByRole('button', { name: /^More actions for/ }).click();
    await deskPage.getByRole('menuitem', { name: 'Open the appointment' }).click();
    const dialog = deskPage.getByRole('dialog', { name: 'Appointment' });
    await expect(dialog.getByText('checked in', { exact: false }).first()).toBeVisible();
    await expect(dialog.getByText(/in the chair → completed/)).toBeVisible();
  });
});
