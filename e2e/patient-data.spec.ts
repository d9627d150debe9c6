import { readFile } from 'node:fs/promises';
import type { PatientExportWire } from '@clinic/contract';
import { owner } from './support/accounts';
import { ClinicApi, uniqueLabel, utcDate } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';

test('a patient downloads their data and asks to close the account; the owner closes it', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist(uniqueLabel('Dr Data'));
  const patient = await api.createUser(uniqueLabel('Petra Private'), 'patient');
  const past = await api.createAppointment({
    patient: patient.id,
    dentist: dentist.id,
    date: utcDate(-3),
    time: '09:00',
    status: 'completed',
    recorded_after_the_fact: true,
  });
  const coming = await api.createAppointment({
    patient: patient.id,
    dentist: dentist.id,
    date: utcDate(5),
    time: '10:00',
  });

  const page = await pageAs(patient);
  await page.goto('/patient/profile');
  const yourData = page.getByRole('region', { name: 'Your data' });

  await test.step('the download holds the account and both visits with their history', async () => {
    const downloading = page.waitForEvent('download');
    await yourData.getByRole('link', { name: 'Download (JSON)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(new RegExp(`^patient-${patient.id}-data-`));
    const path = await download.path();
    const data = JSON.parse(await readFile(path, 'utf8')) as PatientExportWire;
    expect(data.account).toMatchObject({
      id: patient.id,
      name: patient.name,
      email: patient.email,
    });
    expect(data.controller.name).toBe((await api.clinic()).name);
    expect(data.appointments.map((visit) => visit.id).sort()).toEqual([past.id, coming.id].sort());
    for (const visit of data.appointments) {
      expect(visit.dentist).toBe(dentist.name);
      expect(visit.history[0]?.action).toBe('created');
    }
  });

  // The owner's dashboard is open before the request is sent: it arrives there live.
  const ownerPage = await pageAs(owner);
  await ownerPage.goto('/owner');
  const card = ownerPage.getByRole('region', { name: 'Requests to close an account' });
  await expect(card).toBeVisible();

  await test.step('the patient asks to close the account and sees it pending', async () => {
    await yourData.getByRole('button', { name: 'Ask to close my account' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ask to close your account?' });
    await expect(dialog).toContainText('cannot be undone');
    await dialog.getByRole('textbox', { name: 'Reason (optional)' }).fill('Moving away');
    await dialog.getByRole('button', { name: 'Send the request' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      yourData
        .getByRole('status')
        .filter({ hasText: 'Your request to close your account is pending' }),
    ).toBeVisible();
  });

  const formerName = `Former patient #${patient.id}`;
  await test.step('the owner sees the request arrive without a reload, and closes the account', async () => {
    const item = card.getByRole('listitem').filter({ hasText: patient.name });
    await expect(item).toContainText('Moving away');
    await item.getByRole('button', { name: `Close account of ${patient.name}` }).click();
    const dialog = ownerPage.getByRole('dialog', { name: `Close the account of ${patient.name}?` });
    await expect(dialog).toContainText('This cannot be undone.');
    await dialog.getByRole('button', { name: 'Close for good' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      ownerPage
        .getByRole('alert')
        .filter({ hasText: `The account is closed; it now reads “${formerName}”.` }),
    ).toBeVisible();
    await expect(card.getByRole('listitem').filter({ hasText: patient.name })).toHaveCount(0);
  });

  await test.step('the visit stays in the owner’s book under the anonymised name', async () => {
    await ownerPage.goto(`/owner/appointments?q=${encodeURIComponent(formerName)}`);
    const rows = ownerPage.getByRole('row').filter({ hasText: formerName });
    await expect(rows.first()).toBeVisible();
    await expect(ownerPage.getByRole('row').filter({ hasText: patient.name })).toHaveCount(0);
  });

  await test.step('the patient is signed out and can no longer sign in', async () => {
    await page.reload();
    await expect(page).toHaveURL(/\/login/);
    const login = await request.post('/api/auth/login', {
      data: { email: patient.email, password: patient.password },
    });
    expect(login.status()).toBe(401);
  });
});

test('the owner closes an account from the patient’s record, for a request made by phone', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const patient = await api.createUser(uniqueLabel('Paulo Phone'), 'patient');
  const page = await pageAs(owner);
  await page.goto(`/owner/patients/${patient.id}`);
  const actions = page.getByRole('region', { name: 'Data and account' });
  await expect(actions).toContainText('The patient has not asked in the app');
  await expectNoSeriousA11yViolations(page);
  await actions.getByRole('button', { name: 'Close account' }).click();
  const dialog = page.getByRole('dialog', { name: 'Close this patient’s account?' });
  await dialog.getByRole('button', { name: 'Close for good' }).click();
  await expect(dialog).toBeHidden();
  await expect(actions.getByRole('status')).toContainText('This account was closed on');
  await expect(
    page.getByRole('heading', { level: 1, name: `Former patient #${patient.id}` }),
  ).toBeVisible();
});
