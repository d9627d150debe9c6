import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../../types/api';
import { describeHistoryChanges, type HistoryNames } from '../../appointments';
import { FIELD_WORDING, type FieldWording, plainValue } from './audit-field-wording';

/** One line of an entry's details, as the owner reads it: `Price: 60.00 → 65.00`. */
export interface AuditDetail {
  field: string;
  text: string;
}

type Changes = AuditEntry['changes'];
type T = TFunction<'audit'>;

/** The fields in the wording's order; fields this page does not know yet go last. */
function ordered(changes: Changes, fields: Record<string, FieldWording>) {
  const order = Object.keys(fields);
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return Object.entries(changes).sort(([a], [b]) => rank(a) - rank(b));
}

function describeUpdate(
  changes: Changes,
  fields: Record<string, FieldWording>,
  t: T,
  locale: string,
): AuditDetail[] {
  return ordered(changes, fields).map(([field, [before, after]]) => {
    const wording = fields[field];
    if (wording?.change) return { field, text: wording.change(before, after, t) };
    const format = (value: unknown) =>
      value === null || value === undefined
        ? t('values.none')
        : wording?.format
          ? wording.format(value, t, locale)
          : plainValue(value, t);
    const label = wording ? wording.label(t) : field;
    return {
      field,
      text: t('line.change', { label, before: format(before), after: format(after) }),
    };
  });
}

/** What a created or deleted record was, from the after or before side of its changes. */
function describeRecord(
  changes: Changes,
  fields: Record<string, FieldWording>,
  side: 0 | 1,
  t: T,
  locale: string,
): AuditDetail[] {
  return ordered(changes, fields).flatMap(([field, values]) => {
    const text = fields[field]?.summary?.(values[side], t, locale) ?? null;
    return text === null ? [] : [{ field, text }];
  });
}

/** A sign-in lock-out: from where, after how many failed attempts. */
function describeLockOut(changes: Changes, t: T): AuditDetail[] {
  const from = plainValue(changes.from?.[1], t);
  const attempts = changes.failedAttempts?.[1];
  const text =
    typeof attempts === 'number'
      ? t('lockOut', { count: attempts, from })
      : t('lockOutUncounted', { from });
  return [{ field: 'from', text }];
}

/**
 * What an entry changed, line by line, in words a clinic owner reads at a glance, in the
 * language of `t` and with numbers written as `locale` writes them.
 */
export function describeAuditChanges(
  entry: AuditEntry,
  names: HistoryNames,
  t: T,
  locale: string,
): AuditDetail[] {
  if (entry.subject === 'appointment') {
    // As in the history panel: a booking or a deletion is the whole story, field by field is noise.
    if (entry.action !== 'updated') return [];
    return describeHistoryChanges(entry, names).map(({ field, label, before, after }) => ({
      field,
      text: t('line.change', { label, before, after }),
    }));
  }
  if (entry.action === 'locked') return describeLockOut(entry.changes, t);
  const fields = FIELD_WORDING[entry.subject];
  if (entry.action === 'updated') return describeUpdate(entry.changes, fields, t, locale);
  return describeRecord(entry.changes, fields, entry.action === 'created' ? 1 : 0, t, locale);
}
