import { expect, type Page, test } from '@playwright/test';
import { ClinicApi, uniqueLabel, utcDate } from './support/api';
import { signInThroughApi, signInThroughForm } from './support/session';

/** How the browser itself writes a clinic day in Spanish, so the check does not hard-code ICU. */
function spanishLongDate(page: Page, date: string): Promise<string> {
  return page.evaluate(
    (day) =>
      new Intl.DateTimeFormat('es-ES', {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(`${day}T00:00:00Z`)),
    date,
  );
}

test('a patient who switches to Spanish keeps it after a reload and a new sign-in', async ({
  page,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist('Diego Dentista');
  const service = await api.createService(uniqueLabel('Limpieza'), 30);
  const patient = await api.createUser('Lucia Lengua', 'patient');
  const visitDate = utcDate(3);
  await api.createAppointment({
    patient: patient.id,
    dentist: dentist.id,
    service: service.id,
    date: visitDate,
    time: '10:00',
    status: 'confirmed',
  });
  await signInThroughApi(page, patient);
  await page.goto('/patient');
  await expect(page.getByRole('heading', { name: `Welcome, ${patient.name}` })).toBeVisible();

  await test.step('choosing Spanish in the header turns the page Spanish and saves it', async () => {
    const saved = page.waitForResponse(
      (response) =>
        response.request().method() === 'PATCH' &&
        response.url().endsWith(`/api/users/${patient.id}`),
    );
    await page.getByRole('combobox', { name: 'Language' }).selectOption('es');
    expect((await saved).status()).toBe(200);
    await expect(
      page.getByRole('heading', { name: `Bienvenido/a, ${patient.name}` }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: 'Mis citas' })).toBeVisible();
    await expect(page.getByText(await spanishLongDate(page, visitDate)).first()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  });

  await test.step('a reload keeps Spanish', async () => {
    await page.reload();
    await expect(
      page.getByRole('heading', { name: `Bienvenido/a, ${patient.name}` }),
    ).toBeVisible();
  });

  await test.step('signing out shows the sign-in page in Spanish', async () => {
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole('heading', { name: 'Iniciar sesión' })).toBeVisible();
  });

  await test.step('on a device that never saw the choice, signing in brings it back', async () => {
    // Forget the choice this browser remembers: only the account holds it now.
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await signInThroughForm(page, patient);
    await expect(
      page.getByRole('heading', { name: `Bienvenido/a, ${patient.name}` }),
    ).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Idioma' })).toHaveValue('es');
  });
});
