import type {
  AccountLinkPurpose,
  AppointmentStatus,
  AuditAction,
  AuditedRecord,
  ClosureRequestStatus,
  ContactChannel,
  DentistColour,
  HistoryAction,
  InboxKind,
  Language,
  MessageChannel,
  MessageTopic,
  NotificationKind,
  Role,
  ScheduleExceptionKind,
  SmsReplyIntent,
  SmsReplyKind,
  SmsReplyOutcome,
  TimeFormat,
  VisitAnswer,
} from '@clinic/domain';
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/*
 * Column conventions that hold on both engines (see docs/decisions/002-portable-columns.md):
 * instants are integer epoch milliseconds in UTC, flags are integers 0/1, money is integer cents.
 * Property names are camelCase here and snake_case in the database (Kysely's CamelCasePlugin).
 */

export interface ClinicTable {
  id: number;
  name: string;
  timezone: string;
  /** JSON text of OpeningHours. */
  openingHours: string;
  reminderLeadHours: number;
  /** How many pending requests one patient may hold at once (1–50). */
  maxOpenRequests: Generated<number>;
  /** For people who have not chosen a language of their own. */
  defaultLanguage: Generated<Language>;
  timeFormat: Generated<TimeFormat>;
  /** Booking rules for patients: see BookingRules in the domain package. */
  minNoticeMinutes: Generated<number>;
  bookingHorizonDays: Generated<number>;
  slotStepMinutes: Generated<number>;
  /** How patients reach the clinic; '' when not given. */
  phone: Generated<string>;
  address: Generated<string>;
  email: Generated<string>;
  /** How many hours before a visit's start patients may still cancel or move it (0–720). */
  patientChangeCutoffHours: Generated<number>;
  /** 1 when a patient's move of a confirmed visit keeps it confirmed; 0: it asks again. */
  patientsMoveConfirmed: Generated<number>;
  /** 1: patients whose address is not confirmed yet may request visits (see migration 017). */
  unverifiedPatientsMayRequest: Generated<number>;
  /** 1: a dentist's calendar feed names each visit's patient (see migration 022). */
  calendarFeedPatientNames: Generated<number>;
  createdAt: number;
  updatedAt: number;
}

export interface UsersTable {
  id: Generated<number>;
  /**
   * Always stored lower-cased, so uniqueness is case-insensitive on both engines. Null for a
   * patient registered with a phone number only, who cannot sign in until one is added.
   */
  email: string | null;
  name: string;
  /** As typed, trimmed; '' when none. */
  phone: string;
  /** The phone's digits alone, which searches match. */
  phoneDigits: Generated<string>;
  /** The phone in E.164, which texts go to; null without a phone or one that does not parse. */
  phoneE164: Generated<string | null>;
  /** `YYYY-MM-DD`. */
  dateOfBirth: Generated<string | null>;
  contactChannel: Generated<ContactChannel | null>;
  /** JSON text of a list of short strings; health data, see readablePatientFields. */
  medicalAlerts: Generated<string>;
  /** The team's notes on the patient; health data. */
  notes: Generated<string>;
  role: Role;
  isDentist: number;
  isActive: number;
  /** Null until the person chooses; the clinic's default language then applies. */
  language: Language | null;
  /**
   * The dentist's calendar colour, given when they become a dentist and kept after (also if
   * they stop being one, so it returns with them); null for whoever never was a dentist.
   */
  colour: DentistColour | null;
  passwordHash: string | null;
  /** When the address was confirmed through a link, or vouched for; null while unconfirmed. */
  emailVerifiedAt: Generated<number | null>;
  /** A new address the patient typed, waiting for confirmation; the old one still signs in. */
  pendingEmail: Generated<string | null>;
  createdAt: number;
  updatedAt: number;
  /** When the account was closed and the person anonymised (decision 038); null while open. */
  closedAt: Generated<number | null>;
  /**
   * For a dependant (a child, a parent cared for), the patient who books for them; null for
   * everyone else. See migration 019 and decision 039.
   */
  guardianId: Generated<number | null>;
}

/** A patient's request to close their account; at most one open per patient. */
export interface ClosureRequestsTable {
  id: Generated<number>;
  patientId: number;
  /** The patient's words, '' when none; cleared when the account is closed. */
  reason: Generated<string>;
  status: ClosureRequestStatus;
  requestedAt: number;
  /** When it was withdrawn or the account closed; null while open. */
  resolvedAt: number | null;
}

export interface SessionsTable {
  id: Generated<number>;
  /** SHA-256 of the token, hex; the token itself is never stored. */
  tokenHash: string;
  userId: number;
  createdAt: number;
  lastSeenAt: number;
  expiresAt: number;
}

export interface ServicesTable {
  id: Generated<number>;
  name: string;
  description: string;
  durationMinutes: number;
  priceCents: number;
  isActive: number;
  /** Chair time kept free after each visit of this service (0–120). */
  bufferAfterMinutes: Generated<number>;
  createdAt: number;
  updatedAt: number;
}

export interface LoginThrottleTable {
  /** `pair:<ip>|<email>`, `account:<email>` or `address:<ip>`: see login-throttle.ts. */
  key: string;
  failures: number;
  windowStartedAt: number;
  blockedUntil: number;
}

/** An address an account has signed in from: failures elsewhere never lock it out there. */
export interface SignInAddressesTable {
  userId: number;
  address: string;
  lastSignedInAt: number;
}

export interface AppointmentsTable {
  id: Generated<number>;
  patientId: number;
  dentistId: number | null;
  serviceId: number | null;
  /** Clinic-local `YYYY-MM-DD`. */
  date: string;
  /** Clinic-local `HH:MM`. */
  time: string;
  /** Clinic-local `HH:MM` at which the appointment ends. */
  endTime: string;
  durationMinutes: number;
  startsAt: number;
  endsAt: number;
  status: AppointmentStatus;
  notes: string;
  createdAt: number;
  updatedAt: number;
  /** Bumped by every change; the appointment's ETag. */
  version: Generated<number>;
  /** When the patient was checked in; null until then (and for visits recorded after the fact). */
  arrivedAt: number | null;
  /** When the patient was seated in the chair; null until then. */
  seatedAt: number | null;
  /**
   * When the patient said they will come (decision 040); null until then, and again once the
   * visit moves to another time or is cancelled.
   */
  patientConfirmedAt: Generated<number | null>;
}

export interface AppointmentHistoryTable {
  id: Generated<number>;
  appointmentId: number;
  actorId: number | null;
  at: number;
  action: HistoryAction;
  /** JSON text: `{field: [before, after]}`. */
  changes: string;
  reason: string | null;
}

/** Changes to what is not an appointment: accounts, services and the clinic's settings. */
export interface AuditEventsTable {
  id: Generated<number>;
  at: number;
  actorId: number | null;
  subject: AuditedRecord;
  /** The account's or service's id; null for the clinic, of which there is one. */
  subjectId: number | null;
  /** The name when the change was made, so the entry reads well after a rename or deletion. */
  subjectName: string;
  /** `locked`: sign-in to an account was refused for a while after failed attempts. */
  action: AuditAction;
  /** JSON text: `{field: [before, after]}`; a password shows only that it changed. */
  changes: string;
}

/** An email to send: see migration 006. */
export interface NotificationsTable {
  id: Generated<number>;
  kind: NotificationKind;
  appointmentId: number;
  recipientId: number;
  startsAt: number;
  dueAt: number;
  attempts: Generated<number>;
  /** A worker owns the message until then, so two servers never send it twice at once. */
  claimedUntil: number | null;
  sentAt: number | null;
  /** Set when the message no longer applies, or when retries ran out. */
  droppedAt: number | null;
  lastError: string | null;
  createdAt: number;
  /** Email or text message (migration 021); the columns below say what became of it. */
  channel: Generated<MessageChannel>;
  /** The address or number it was sent to, when it was. */
  sentTo: Generated<string | null>;
  /** The provider's id of a text (`SM…`), which its status callbacks name. */
  providerMessageId: Generated<string | null>;
  /** The provider's last word on it, or `failed` when sending gave up on a refusal. */
  deliveryStatus: Generated<string | null>;
  deliveryErrorCode: Generated<string | null>;
  deliveredAt: Generated<number | null>;
}

/** `validFrom` is WORKING_HOURS_SINCE_ALWAYS for a pattern in force since always. */
export interface WorkingHoursTable {
  id: Generated<number>;
  dentistId: number;
  validFrom: string;
  /** JSON text of WeeklyHours. */
  days: string;
  createdAt: number;
  updatedAt: number;
}

export interface ScheduleExceptionsTable {
  id: Generated<number>;
  kind: ScheduleExceptionKind;
  dentistId: number | null;
  dateFrom: string;
  dateTo: string;
  startTime: string | null;
  endTime: string | null;
  reason: Generated<string>;
  createdBy: number | null;
  createdAt: number;
  updatedAt: number;
}

/** Who performs a service; a service with no rows is performed by every dentist. */
export interface ServiceDentistsTable {
  serviceId: number;
  dentistId: number;
}

/** A single-use link sent by email; see migration 017. */
export interface AccountLinksTable {
  id: Generated<number>;
  purpose: AccountLinkPurpose;
  /** SHA-256 of the token, hex; the token itself is never stored. */
  tokenHash: string;
  userId: number;
  /** The address it was sent to. */
  email: string;
  createdAt: number;
  expiresAt: number;
  usedAt: number | null;
}

/** An account email to send (reset, confirmation); the worker makes its link when sending. */
export interface AccountEmailsTable {
  id: Generated<number>;
  kind: AccountLinkPurpose;
  /** Null for a reset, asked for by address: the worker looks the account up. */
  userId: number | null;
  email: string;
  dueAt: number;
  attempts: Generated<number>;
  claimedUntil: number | null;
  sentAt: number | null;
  droppedAt: number | null;
  lastError: string | null;
  createdAt: number;
}

/** A single-use answer link in a message about a visit; see migration 020. */
export interface VisitLinksTable {
  id: Generated<number>;
  /** SHA-256 of the token, hex; the token itself is never stored. */
  tokenHash: string;
  appointmentId: number;
  patientId: number;
  createdAt: number;
  /** The visit's start when the link was sent: it works until then, and only for that start. */
  expiresAt: number;
  usedAt: number | null;
  /** What the link was used for; null while unused. */
  answer: VisitAnswer | null;
}

/** A person's choice for one topic of messages; without a row the topic's default applies. */
export interface MessagePreferencesTable {
  userId: number;
  topic: MessageTopic;
  email: number;
  /** Texts for the topic: 0/1, or null for the default (migration 021). */
  sms: Generated<number | null>;
  updatedAt: number;
}

/** One item of a person's bell; see migration 023 and decision 043. */
export interface InboxItemsTable {
  id: Generated<number>;
  userId: number;
  kind: InboxKind;
  appointmentId: number | null;
  patientId: number | null;
  actorId: number | null;
  /** JSON text of InboxPayload (modules/inbox). */
  payload: string;
  createdAt: number;
  readAt: number | null;
}

/** A person's private calendar feed address; see migration 022. */
export interface CalendarFeedsTable {
  id: Generated<number>;
  userId: number;
  /** SHA-256 of the token, hex; the token itself is never stored. */
  tokenHash: string;
  createdAt: number;
  /** When it stopped working; null while it works. */
  revokedAt: number | null;
  /** When a calendar last fetched it, to the hour; null until then. */
  lastUsedAt: number | null;
}

/** A text a patient sent to the clinic's number, and what was done about it (migration 021). */
export interface SmsInboundTable {
  id: Generated<number>;
  providerMessageId: string;
  /** E.164, as the provider gives it. */
  fromNumber: string;
  toNumber: string;
  body: string;
  receivedAt: number;
  /** The patient (or guardian) whose number it came from; null when nobody has it. */
  userId: number | null;
  /** The visit the latest answerable text to that number was about, if any. */
  appointmentId: number | null;
  intent: SmsReplyIntent;
  outcome: SmsReplyOutcome;
  /** 1 while it waits for a person at the front desk. */
  needsAttention: Generated<number>;
  handledAt: number | null;
  handledBy: number | null;
}

/** The clinic's short answer to a text, in its own outbox (migration 021). */
export interface SmsRepliesTable {
  id: Generated<number>;
  inboundId: number;
  kind: SmsReplyKind;
  toNumber: string;
  userId: number | null;
  appointmentId: number | null;
  dueAt: number;
  attempts: Generated<number>;
  claimedUntil: number | null;
  sentAt: number | null;
  droppedAt: number | null;
  lastError: string | null;
  providerMessageId: Generated<string | null>;
  deliveryStatus: Generated<string | null>;
  deliveryErrorCode: Generated<string | null>;
  deliveredAt: Generated<number | null>;
  createdAt: number;
}

/** A random key the server signs links with, one per purpose, made when first needed. */
export interface SigningKeysTable {
  purpose: string;
  secret: string;
  createdAt: number;
}

export interface Database {
  clinic: ClinicTable;
  users: UsersTable;
  sessions: SessionsTable;
  services: ServicesTable;
  loginThrottle: LoginThrottleTable;
  signInAddresses: SignInAddressesTable;
  appointments: AppointmentsTable;
  appointmentHistory: AppointmentHistoryTable;
  auditEvents: AuditEventsTable;
  notifications: NotificationsTable;
  workingHours: WorkingHoursTable;
  scheduleExceptions: ScheduleExceptionsTable;
  serviceDentists: ServiceDentistsTable;
  closureRequests: ClosureRequestsTable;
  accountLinks: AccountLinksTable;
  accountEmails: AccountEmailsTable;
  messagePreferences: MessagePreferencesTable;
  inboxItems: InboxItemsTable;
  calendarFeeds: CalendarFeedsTable;
  visitLinks: VisitLinksTable;
  smsInbound: SmsInboundTable;
  smsReplies: SmsRepliesTable;
  signingKeys: SigningKeysTable;
}

/** Stored for `valid_from: null`, so the unique index holds on both engines. */
export const WORKING_HOURS_SINCE_ALWAYS = '0000-01-01';

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type ServiceRow = Selectable<ServicesTable>;
export type ClinicRow = Selectable<ClinicTable>;
export type AppointmentRow = Selectable<AppointmentsTable>;
