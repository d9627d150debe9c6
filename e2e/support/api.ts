import { type APIRequestContext, type Browser, expect, type Page } from '@playwright/test';
import { newPerson, owner, type Person } from './accounts';

export interface CreatedUser extends Person {
  id: number;
}

export interface AppointmentJson {
  id: number;
  patient: number;
  date: string;
  time: string;
  status: string;
  notes: string;
}

/**
 * The owner's side of the API, so that a journey can set up its staff, patients, services and
 * appointments in a few calls and spend its browser time on what it is about.
 */
export class ClinicApi {
  private constructor(
    private readonly request: APIRequestContext,
    private readonly token: string,
  ) {}

  static async asOwner(request: APIRequestContext): Promise<ClinicApi> {
    const login = await request.post('/api/auth/login', {
      data: { email: owner.email, password: owner.password },
    });
    expect(login.status(), await login.text()).toBe(200);
    const { token } = (await login.json()) as { token: string };
    return new ClinicApi(request, token);
  }

  private async send<T>(method: 'post' | 'patch', path: string, data: unknown): Promise<T> {
    const response = await this.request[method](path, {
      headers: { Authorization: `Bearer ${this.token}` },
      data,
    });
    expect(response.ok(), `${method.toUpperCase()} ${path}: ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  }

  async createUser(
    label: string,
    role: 'staff' | 'patient',
    { isDentist = false, phone }: { isDentist?: boolean; phone?: string } = {},
  ): Promise<CreatedUser> {
    const person = { ...newPerson(label), ...(phone === undefined ? {} : { phone }) };
    const { id } = await this.send<{ id: number }>('post', '/api/users', {
      ...person,
      role,
      is_dentist: isDentist,
    });
    return { ...person, id };
  }

  createDentist(label = 'Dora Dentist'): Promise<CreatedUser> {
    return this.createUser(label, 'staff', { isDentist: true });
  }

  async createService(name: string, durationMinutes = 30): Promise<{ id: number; name: string }> {
    return this.send('post', '/api/services', {
      name,
      description: '',
      duration_minutes: durationMinutes,
      price: '60.00',
      is_active: true,
    });
  }

  /**
   * Books as the clinic. Seeded visits fall on whatever day the suite runs, weekends and
   * evenings included, so they override the free times unless a spec says otherwise.
   */
  createAppointment(data: {
    patient: number;
    dentist?: number;
    service?: number;
    date: string;
    time: string;
    notes?: string;
    status?: 'pending' | 'confirmed';
    override_availability?: boolean;
  }): Promise<AppointmentJson> {
    return this.send('post', '/api/appointments', { override_availability: true, ...data });
  }

  updateAppointment(
    id: number,
    data: {
      status?: string;
      reason?: string;
      date?: string;
      time?: string;
      override_availability?: boolean;
    },
  ): Promise<AppointmentJson> {
    return this.send('patch', `/api/appointments/${id}`, { override_availability: true, ...data });
  }
}

/** How the app writes a clinic day: `Wed 2 Dec 2026`. */
export function longDate(date: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .format(new Date(`${date}T00:00:00Z`))
    .replace(',', '');
}

/**
 * A page in a browser context of its own, signed in as `person`: one user per context.
 * @deprecated Use the `pageAs` fixture of ./fixtures: nothing closes this context, so its page
 * keeps polling and holding a live stream open through every later test.
 */
export async function pageSignedInAs(
  browser: Browser,
  person: { email: string; password: string },
): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.request.post('/api/auth/login', {
    data: { email: person.email, password: person.password },
  });
  expect(response.status(), await response.text()).toBe(200);
  return page;
}

/** `YYYY-MM-DD` of the UTC day `days` after today; the suite's clinic runs on UTC. */
export function utcDate(days = 0, now = new Date()): string {
  const day = new Date(now.getTime() + days * 86_400_000);
  return day.toISOString().slice(0, 10);
}

/** A label unique to this run, for names that must not collide with other journeys' data. */
export function uniqueLabel(prefix: string): string {
  return `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
}
