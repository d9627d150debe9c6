import type {
  AppointmentWire,
  AuditEntryWire,
  ClinicWire,
  CreateAppointmentRequest,
  CreateScheduleExceptionRequest,
  CreateServiceRequest,
  CreateUserRequest,
  CreateWorkingHoursRequest,
  ScheduleExceptionWire,
  ServiceWire,
  SessionWire,
  UpdateAppointmentRequest,
  UpdateClinicRequest,
  UpdateUserRequest,
  UserWire,
} from '@clinic/contract';
import { type APIRequestContext, type Browser, expect, type Page } from '@playwright/test';
import { newPerson, owner, type Person } from './accounts';

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEK)[number];

export interface CreatedUser extends Person {
  id: number;
}

/** An appointment as the API answers it (snake_case wire format). */
export type AppointmentJson = AppointmentWire;

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
    const { token } = (await login.json()) as SessionWire;
    return new ClinicApi(request, token);
  }

  private async send<T>(
    method: 'get' | 'post' | 'patch',
    path: string,
    data?: unknown,
  ): Promise<T> {
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
    const body: CreateUserRequest = { ...person, role, is_dentist: isDentist };
    const { id } = await this.send<UserWire>('post', '/api/users', body);
    return { ...person, id };
  }

  updateUser(id: number, data: UpdateUserRequest): Promise<UserWire> {
    return this.send('patch', `/api/users/${id}`, data);
  }

  createDentist(label = 'Dora Dentist'): Promise<CreatedUser> {
    return this.createUser(label, 'staff', { isDentist: true });
  }

  /** `dentists`: who performs it (none listed: every dentist). */
  async createService(
    name: string,
    durationMinutes = 30,
    { dentists }: { dentists?: number[] } = {},
  ): Promise<ServiceWire> {
    const body: CreateServiceRequest = {
      name,
      description: '',
      duration_minutes: durationMinutes,
      price: '60.00',
      is_active: true,
      ...(dentists === undefined ? {} : { dentists }),
    };
    return this.send('post', '/api/services', body);
  }

  /** A dentist's weekly hours, in force since always; days not given are days off. */
  async setWorkingHours(
    dentist: number,
    days: Partial<Record<Weekday, { start: string; end: string }[]>>,
  ): Promise<void> {
    const week = Object.fromEntries(WEEK.map((day) => [day, days[day] ?? []]));
    const body = { dentist, valid_from: null, days: week } as CreateWorkingHoursRequest;
    await this.send('post', '/api/working-hours', body);
  }

  /** Extra working time for a dentist on one day, even outside the opening hours. */
  async addExtraHours(dentist: number, date: string, start: string, end: string): Promise<void> {
    const body: CreateScheduleExceptionRequest = {
      kind: 'extra_hours',
      dentist,
      date_from: date,
      start_time: start,
      end_time: end,
      reason: 'Extra hours',
    };
    await this.send('post', '/api/schedule-exceptions', body);
  }

  /** A dentist's time off; without times, the whole of each day. */
  addTimeOff(
    dentist: number,
    dates: { from: string; to?: string },
    hours: { start: string; end: string } | null,
    reason: string,
  ): Promise<ScheduleExceptionWire> {
    const body: CreateScheduleExceptionRequest = {
      kind: 'time_off',
      dentist,
      date_from: dates.from,
      ...(dates.to === undefined ? {} : { date_to: dates.to }),
      start_time: hours?.start ?? null,
      end_time: hours?.end ?? null,
      reason,
    };
    return this.send('post', '/api/schedule-exceptions', body);
  }

  /** The newest page of the owner's audit log; `query` starts with `?`. */
  async auditLog(query = ''): Promise<AuditEntryWire[]> {
    const page = await this.send<{ results: AuditEntryWire[] }>('get', `/api/audit${query}`);
    return page.results;
  }

  clinic(): Promise<ClinicWire> {
    return this.send('get', '/api/clinic');
  }

  updateClinic(data: UpdateClinicRequest): Promise<ClinicWire> {
    return this.send('patch', '/api/clinic', data);
  }

  /**
   * Books as the clinic. Seeded visits fall on whatever day the suite runs, weekends and
   * evenings included, so they override the free times unless a spec says otherwise.
   */
  createAppointment(data: CreateAppointmentRequest): Promise<AppointmentJson> {
    return this.send('post', '/api/appointments', { override_availability: true, ...data });
  }

  updateAppointment(id: number, data: UpdateAppointmentRequest): Promise<AppointmentJson> {
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

/** The first UTC day at least `days` after today that falls on a weekday (the clinic is open). */
export function utcWeekday(days = 1, now = new Date()): string {
  for (let ahead = days; ; ahead += 1) {
    const date = utcDate(ahead, now);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return date;
  }
}

/** The first weekday after `date`. */
export function weekdayAfter(date: string): string {
  const days = Math.round(
    (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${utcDate()}T00:00:00Z`)) / 86_400_000,
  );
  return utcWeekday(days + 1);
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
