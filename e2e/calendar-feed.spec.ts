import ICAL from 'ical.js';
import { owner } from './support/accounts';
import { ClinicApi, uniqueLabel, utcDate } from './support/api';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';

/** The UIDs and start instants of a feed's events, as a real iCalendar parser reads them. */
function eventsOf(text: string): { uid: string; summary: string; startsAt: number }[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      startsAt: event.startDate.toUnixTime() * 1000,
    };
  });
}

test('a patient subscribes to their visits from the profile, then revokes the link', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist(uniqueLabel('Dr Feed'));
  const service = await api.createService(uniqueLabel('Feed check-up'), 30);
  const patient = await api.createUser(uniqueLabel('Fiona Feed'), 'patient');
  const someoneElse = await api.createUser(uniqueLabel('Otto Other'), 'patient');
  const date = utcDate(3);
  const visit = await api.createAppointment({
    patient: patient.id,
    dentist: dentist.id,
    service: service.id,
    date,
    time: '10:00',
    status: 'confirmed',
  });
  const notTheirs = await api.createAppointment({
    patient: someoneElse.id,
    dentist: dentist.id,
    service: service.id,
    date,
    time: '11:00',
    status: 'confirmed',
  });

  const page = await pageAs(patient);
  await page.goto('/patient/profile');
  const section = page.getByRole('region', { name: 'Calendar subscription' });
  await expect(section.getByText('You have no subscription link yet.')).toBeVisible();
  await section.getByRole('button', { name: 'Create a link' }).click();

  const link = section.getByRole('textbox', { name: 'Your subscription link' });
  await expect(link).toHaveValue(/\/api\/calendar-feeds\/[A-Za-z0-9_-]{43}\.ics$/);
  const url = await link.inputValue();
  await expect(section.getByRole('link', { name: 'Open in my calendar app' })).toHaveAttribute(
    'href',
    url.replace(/^https?:/, 'webcal:'),
  );
  await expect(section.getByText(/Your subscription link works since/)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await test.step('the link opens the feed without signing in, with only their visit', async () => {
    const feed = await request.get(url, { headers: { Authorization: '' } });
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    const events = eventsOf(await feed.text());
    const uids = events.map((event) => event.uid);
    expect(uids).toHaveLength(1);
    expect(uids[0]).toMatch(new RegExp(`^appointment-${visit.id}@`));
    expect(uids.join()).not.toContain(`appointment-${notTheirs.id}@`);
    // The clinic of the journeys keeps UTC.
    expect(events[0]?.startsAt).toBe(Date.parse(`${date}T10:00:00Z`));
    expect(events[0]?.summary).toContain(service.name);
  });

  await test.step('revoked, the link answers 404', async () => {
    await section.getByRole('button', { name: 'Revoke the link' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke the subscription link?' });
    await dialog.getByRole('button', { name: 'Revoke the link' }).click();
    await expect(dialog).toBeHidden();
    await expect(section.getByText('You have no subscription link yet.')).toBeVisible();
    await expect(section.getByRole('textbox', { name: 'Your subscription link' })).toHaveCount(0);
    expect((await request.get(url)).status()).toBe(404);
  });
});

test('a dentist subscribes from their profile, and the owner revokes it from the staff page', async ({
  pageAs,
  request,
}) => {
  const api = await ClinicApi.asOwner(request);
  const dentist = await api.createDentist(uniqueLabel('Dr Subscriber'));

  const page = await pageAs(dentist);
  await page.goto('/staff/profile');
  const section = page.getByRole('region', { name: 'Calendar subscription' });
  await section.getByRole('button', { name: 'Create a link' }).click();
  const url = await section.getByRole('textbox', { name: 'Your subscription link' }).inputValue();
  expect((await request.get(url)).status()).toBe(200);
  await expectNoSeriousA11yViolations(page);

  const desk = await pageAs(owner);
  await desk.goto('/owner/staff');
  await desk.getByRole('button', { name: `Edit ${dentist.name}` }).click();
  const dialog = desk.getByRole('dialog', { name: `Edit ${dentist.name}` });
  await expect(dialog.getByText(/Has a subscription link since/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Revoke the link' }).click();
  const confirm = desk.getByRole('dialog', {
    name: `Revoke ${dentist.name}’s subscription link?`,
  });
  await confirm.getByRole('button', { name: 'Revoke the link' }).click();
  await expect(desk.getByText(`${dentist.name}’s subscription link is revoked.`)).toBeVisible();
  await expect(dialog.getByText('Has no subscription link.')).toBeVisible();
  expect((await request.get(url)).status()).toBe(404);
});
