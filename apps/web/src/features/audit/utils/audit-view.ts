import { AUDIT_ACTIONS, AUDIT_SUBJECTS, isRealDate } from '@clinic/domain';
import type { TFunction } from 'i18next';
import type { AuditSubject } from '../../../types/api';
import { positiveInt } from '../../appointments';
import type { AuditAction } from '../api/get-audit-log';

/** What the audit log shows; it lives in the address so that a view can be bookmarked. */
export interface AuditView {
  /** What the changes are about: appointments, accounts, services or the clinic. */
  subject: AuditSubject | null;
  /** The user who made the changes. */
  actor: number | null;
  action: AuditAction | null;
  /** Clinic days; '' means no limit. */
  from: string;
  to: string;
  page: number;
}

/** The address names of the view's settings. */
export const AUDIT_PARAMS = {
  subject: 'kind',
  actor: 'actor',
  action: 'action',
  from: 'from',
  to: 'to',
  page: 'page',
} as const;

/** The history panel's words, and one for sign-in lock-outs, which only the log has. */
export function auditActionVerb(action: AuditAction, t: TFunction<'audit'>): string {
  return t(`actions.${action}`);
}

export function isAuditAction(value: string | null): value is AuditAction {
  return AUDIT_ACTIONS.some((action) => action === value);
}

export function isAuditSubject(value: string | null): value is AuditSubject {
  return AUDIT_SUBJECTS.some((subject) => subject === value);
}

function dateOrEmpty(value: string | null): string {
  return value !== null && isRealDate(value) ? value : '';
}

export function readAuditView(params: URLSearchParams): AuditView {
  const subject = params.get(AUDIT_PARAMS.subject);
  const action = params.get(AUDIT_PARAMS.action);
  return {
    subject: isAuditSubject(subject) ? subject : null,
    actor: positiveInt(params.get(AUDIT_PARAMS.actor)),
    action: isAuditAction(action) ? action : null,
    from: dateOrEmpty(params.get(AUDIT_PARAMS.from)),
    to: dateOrEmpty(params.get(AUDIT_PARAMS.to)),
    page: positiveInt(params.get(AUDIT_PARAMS.page)) ?? 1,
  };
}

export type AuditViewChange = Partial<Omit<AuditView, 'page'>> | { page: number };

/**
 * The address after a change. Any change but the page's goes back to page 1, since the old page
 * number means nothing in the new result.
 */
export function applyAuditViewChange(
  params: URLSearchParams,
  change: AuditViewChange,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const put = (key: string, value: string) => {
    if (value === '') next.delete(key);
    else next.set(key, value);
  };
  if ('page' in change) {
    put(AUDIT_PARAMS.page, change.page > 1 ? String(change.page) : '');
    return next;
  }
  if (change.subject !== undefined) put(AUDIT_PARAMS.subject, change.subject ?? '');
  if (change.actor !== undefined) put(AUDIT_PARAMS.actor, change.actor ? String(change.actor) : '');
  if (change.action !== undefined) put(AUDIT_PARAMS.action, change.action ?? '');
  if (change.from !== undefined) put(AUDIT_PARAMS.from, change.from);
  if (change.to !== undefined) put(AUDIT_PARAMS.to, change.to);
  next.delete(AUDIT_PARAMS.page);
  return next;
}

/** True when the view differs from the one a plain visit shows: every change, newest first. */
export function isAuditFiltered(view: AuditView): boolean {
  return (
    view.subject !== null ||
    view.actor !== null ||
    view.action !== null ||
    view.from !== '' ||
    view.to !== ''
  );
}
