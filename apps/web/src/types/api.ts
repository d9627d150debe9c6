import type {
  AppointmentReportWire,
  AppointmentWire,
  AuditEntryWire,
  ClinicWire,
  ClosedAccountWire,
  ClosureRequestRequest,
  ClosureRequestWire,
  ClosureStatusWire,
  CreateAppointmentRequest,
  CreateDependantRequest,
  CreateServiceRequest,
  CreateUserRequest,
  DashboardWire,
  DentistVisitsWire,
  DentistWire,
  HandOverVisitsRequest,
  HandOverVisitsWire,
  HistoryEntryWire,
  InboxItemWire,
  InboxPageWire,
  InboxReadRequest,
  LoginRequest,
  MessagePreferencesWire,
  PagedWire,
  PatientDashboardWire,
  PatientRecordWire,
  RegisterRequest,
  ReportRowWire,
  ServiceWire,
  SessionWire,
  SetupRequest,
  SetupStatusWire,
  TeamDashboardWire,
  UnreadCountWire,
  UpdateAppointmentRequest,
  UpdateClinicRequest,
  UpdateServiceRequest,
  UpdateUserRequest,
  UserWire,
  VisitAnswerPreviewWire,
  VisitAnswerResultWire,
} from '@clinic/contract';
import type { Camelize } from '../lib/camel-case';

export type {
  AppointmentStatus,
  AuditAction,
  AuditSubject,
  Language,
  OpeningHours,
  OpeningPeriod,
  Role,
  TimeFormat,
  Weekday,
} from '@clinic/domain';

// The API's answers as the API client hands them over, keys camel-cased: computed from the
// schemas the server validates and documents with, so the two cannot drift apart. Each
// field's meaning is documented on the schema in the contract package.

export type User = Camelize<UserWire>;
export type MessagePreferences = Camelize<MessagePreferencesWire>;
export type Service = Camelize<ServiceWire>;
export type Clinic = Camelize<ClinicWire>;
export type SetupStatus = Camelize<SetupStatusWire>;
export type Dentist = Camelize<DentistWire>;
/** A dentist's visits that hold a slot and have not begun. */
export type ComingVisits = Camelize<DentistVisitsWire>;
/** Which of a dentist's coming visits were handed over, and which could not be. */
export type HandOverResult = Camelize<HandOverVisitsWire>;
/** `date` and `time` are the clinic's wall clock, in the clinic's time zone. */
export type Appointment = Camelize<AppointmentWire>;
/**
 * One step of an appointment's history. `changes` maps each field (camelCased like every key)
 * to [before, after]; dentist, service and patient values are ids.
 */
export type AppointmentHistoryEntry = Camelize<HistoryEntryWire>;
/** One change in the owner's audit log; `changes` uses the field names of its subject. */
export type AuditEntry = Camelize<AuditEntryWire>;
export type Paged<T> = PagedWire<T>;
export type SessionResponse = Camelize<SessionWire>;
/** The landing page of owner and staff. */
export type TeamDashboard = Camelize<TeamDashboardWire>;
/** The landing page of a patient: their own visits only. */
export type PatientDashboard = Camelize<PatientDashboardWire>;
export type Dashboard = Camelize<DashboardWire>;
/** A patient's record for the team: the account with its health fields, visits and counts. */
export type PatientRecord = Camelize<PatientRecordWire>;
/** A patient's request to close their account. */
export type ClosureRequest = Camelize<ClosureRequestWire>;
/** Whether an account is closed, and its open request to close it, if any. */
export type ClosureStatus = Camelize<ClosureStatusWire>;
export type ClosedAccount = Camelize<ClosedAccountWire>;
/** One line of the appointments report: a dentist's figures, or the clinic's totals. */
export type ReportRow = Camelize<ReportRowWire>;
/** The owner's appointments report over a period of clinic days. */
export type AppointmentReport = Camelize<AppointmentReportWire>;
/** One item of the signed-in person's bell; its text is written from `kind` and the fields. */
export type InboxItem = Camelize<InboxItemWire>;
/** A page of the bell's items, newest first; `next` goes back in time. */
export type InboxPage = Camelize<InboxPageWire>;
export type UnreadCount = Camelize<UnreadCountWire>;
/** The visit an answer link is about, and which answers it can still give (decision 040). */
export type VisitAnswerPreview = Camelize<VisitAnswerPreviewWire>;
/** The answer recorded through a link, with the visit as it now is. */
export type VisitAnswerResult = Camelize<VisitAnswerResultWire>;

// What the app sends: the bodies the server accepts, keys camel-cased (the API client
// snake-cases them on the way out).

export type CreateAppointmentBody = Camelize<CreateAppointmentRequest>;
export type UpdateAppointmentBody = Camelize<UpdateAppointmentRequest>;
export type LoginBody = Camelize<LoginRequest>;
export type RegisterBody = Camelize<RegisterRequest>;
export type SetupBody = Camelize<SetupRequest>;
export type UpdateClinicBody = Camelize<UpdateClinicRequest>;
export type CreateServiceBody = Camelize<CreateServiceRequest>;
export type UpdateServiceBody = Camelize<UpdateServiceRequest>;
export type CreateUserBody = Camelize<CreateUserRequest>;
export type UpdateUserBody = Camelize<UpdateUserRequest>;
/** A person a patient books for: a child, a parent they care for. */
export type CreateDependantBody = Camelize<CreateDependantRequest>;
export type HandOverVisitsBody = Camelize<HandOverVisitsRequest>;
export type ClosureRequestBody = Camelize<ClosureRequestRequest>;
export type InboxReadBody = Camelize<InboxReadRequest>;
