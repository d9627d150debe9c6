/** What one step of an appointment's history did to it. */
export const HISTORY_ACTIONS = ['created', 'updated', 'deleted'] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

/**
 * `locked`: an account's sign-in refused for a while after failed attempts (no actor).
 * `opened`: a member of the team opened a patient's record (health data), which changes nothing.
 * `exported`: a copy of everything the clinic holds on a patient was downloaded.
 * `closed`: a patient's account was closed and the person anonymised.
 */
export const AUDIT_ACTIONS = [
  ...HISTORY_ACTIONS,
  'locked',
  'opened',
  'exported',
  'closed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The records the audit log keeps beside the appointments' own history. */
export const AUDITED_RECORDS = [
  'account',
  'service',
  'clinic',
  'working_hours',
  'schedule_exception',
] as const;
export type AuditedRecord = (typeof AUDITED_RECORDS)[number];

/** What an audit log entry is about: an appointment (from its history) or another record. */
export const AUDIT_SUBJECTS = ['appointment', ...AUDITED_RECORDS] as const;
export type AuditSubject = (typeof AUDIT_SUBJECTS)[number];
