import type {
  AppointmentStatus,
  Language,
  OpeningHours,
  Role,
  TimeFormat,
} from '@clinic/domain';

export type {
  AppointmentStatus,
  OpeningHours,
  OpeningPeriod,
  Role,
  Weekday,
} from '@clinic/domain';

// Wire objects after the API client has converted their keys to camelCase.

export interface User {
  id: number;
  email: string;
  name: string;
  phone: string | null;
  role: Role;
  isDentist: boolean;
  isActive: boolean;
  /** Null until the person chooses; the clinic's default language then applies. */
  language: Language | null;
  createdAt: string;
}

export interface Service {
  id: number;
  name: string;
  description: string | null;
  durationMinutes: number;
  /** A decimal string in the clinic's currency, such as "80.00". */
  price: string;
  isActive: boolean;
}

export interface Clinic {
  name: string;
  timezone: string;
  /** True when the server's CLINIC_TIMEZONE setting fixes the zone; it cannot be changed here. */
  timezoneLocked: boolean;
  /** A null day means the clinic is closed that day. */
  openingHours: OpeningHours;
  reminderLeadHours: number;
  /** How many pending requests one patient may hold at once (1–50). */
  maxOpenRequests: number;
  /** False until the server is given a mail server: then nothing is emailed. */
  emailNotifications: boolean;
  /** The language of people who have not chosen one. */
  defaultLanguage: Language;
  timeFormat: TimeFormat;
}

export interface Dentist {
  id: number;
  name: string;
}

/** `date` and `time` are the clinic's wall clock, in the clinic's time zone. */
export interface Appointment {
  id: number;
  patient: number;
  patientName: string;
  patientEmail: string;
  dentist: number | null;
  dentistName: string | null;
  service: number | null;
  serviceName: string | null;
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM` */
  time: string;
  durationMinutes: number;
  endTime: string;
  status: AppointmentStatus;
  notes: string;
  createdAt: string;
  updatedAt: string;
  /** Bumped by every change; sent back with a change so a stale one is refused. */
  version: number;
}

/**
 * One step of an appointment's history. `changes` maps each field (camelCased like every key)
 * to [before, after]; dentist, service and patient values are ids.
 */
export interface AppointmentHistoryEntry {
  at: string;
  actor: number | null;
  actorName: string | null;
  action: 'created' | 'updated' | 'deleted';
  changes: Record<string, [unknown, unknown]>;
  reason: string | null;
}

/** What an audit log entry is about. */
export type AuditSubject = 'appointment' | 'account' | 'service' | 'clinic';

/**
 * One change in the owner's audit log. `changes` uses the field names of its subject; `appointment`
 * and the fields after it are set for appointment entries only, describing the appointment as it
 * is now or, once deleted, as it was when deleted.
 */
export interface AuditEntry extends Omit<AppointmentHistoryEntry, 'action'> {
  /** `locked`: sign-in to an account refused for a while after failed attempts. */
  action: AppointmentHistoryEntry['action'] | 'locked';
  /** Opaque, unique within the log. */
  id: string;
  subject: AuditSubject;
  /** The appointment, account or service; null for the clinic, of which there is one. */
  subjectId: number | null;
  /** The patient, account holder, service or clinic, named as they were at the time. */
  subjectName: string | null;
  appointment: number | null;
  patient: number | null;
  patientName: string | null;
  /** `YYYY-MM-DD` */
  date: string | null;
  /** `HH:MM` */
  time: string | null;
}

export interface Paged<T> {
  count: number;
  next: string | null;
  previous: string | null;
  results: T[];
}

export interface SessionResponse {
  token: string;
  user: User;
}

interface DashboardBase {
  /** The clinic's date today, `YYYY-MM-DD`. */
  today: string;
  timezone: string;
  /** Monday and Sunday of this week. */
  weekFrom: string;
  weekTo: string;
}

/** The landing page of owner and staff. */
export interface TeamDashboard extends DashboardBase {
  role: 'team';
  /** Today's appointments in time order, cancelled ones left out. */
  schedule: Appointment[];
  /** Upcoming pending requests, earliest first (at most 20). */
  pending: Appointment[];
  counts: { today: number; thisWeek: number; pending: number };
  /** The owner's only; null for staff. */
  weekOutcomes: { completed: number; cancelled: number; noShow: number } | null;
}

/** The landing page of a patient: their own visits only. */
export interface PatientDashboard extends DashboardBase {
  role: 'patient';
  nextAppointment: Appointment | null;
  /** The appointments after the next one. */
  upcoming: Appointment[];
  pendingCount: number;
}

export type Dashboard = TeamDashboard | PatientDashboard;

/** One line of the appointments report: a dentist's figures, or the clinic's totals. */
export interface ReportRow {
  /** Null on the totals and on the line for appointments with no dentist assigned. */
  dentist: number | null;
  dentistName: string | null;
  /** Every appointment dated in the period, whatever its status. */
  appointments: number;
  pending: number;
  confirmed: number;
  completed: number;
  cancelled: number;
  noShow: number;
  /** Minutes that held a chair: every status but cancelled. */
  bookedMinutes: number;
  /** Booked minutes over the opening minutes, as a fraction that may exceed 1. */
  utilisation: number | null;
  /** No-shows over the visits that were due (completed or missed). */
  noShowRate: number | null;
  /** Cancelled over all appointments. */
  cancellationRate: number | null;
}

/** The owner's appointments report over a period of clinic days. */
export interface AppointmentReport {
  /** The period actually reported, `YYYY-MM-DD`, both inclusive, defaults filled in. */
  dateFrom: string;
  dateTo: string;
  /** The clinic's opening minutes over the period: one dentist's capacity. */
  openMinutes: number;
  totals: ReportRow;
  /** By name; a last line with no dentist holds unassigned appointments, when there are any. */
  dentists: ReportRow[];
}
