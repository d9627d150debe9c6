import type { AuditEntry } from '../../../types/api';
import { describeHistoryChanges, type HistoryNames } from '../../appointments';
import { FIELD_WORDING, type FieldWording, plainValue } from './audit-field-wording';

/** One line of an entry's details, as the owner reads it: `Price: 60.00 → 65.00`. */
export interface AuditDetail {
  field: string;
  text: string;
}

type Changes = AuditEntry['changes'];

/** The fields in the wording's order; fields this page does not know yet go last. */
function ordered(changes: Changes, fields: Record<string, FieldWording>) {
  const order = Object.keys(fields);
  const rank = (field: string) => (order.includes(field) ? order.indexOf(field) : order.length);
  return Object.entries(changes).sort(([a], [b]) => rank(a) - rank(b));
}

function describeUpdate(changes: Changes, fields: Record<string, FieldWording>): AuditDetail[] {
  return ordered(changes, fields).map(([field, [before, after]]) => {
    const wording = fields[field];
    if (wording?.change) return { field, text: wording.change(before, after) };
    const format = (value: unknown) =>
      value === null || value === undefined ? 'none' : (wording?.format ?? plainValue)(value);
    return { field, text: `${wording?.label ?? field}: ${format(before)} → ${format(after)}` };
  });
}

/** What a created or deleted record was, from the after or before side of its changes. */
function describeRecord(
  changes: Changes,
  fields: Record<string, FieldWording>,
  side: 0 | 1,
): AuditDetail[] {
  return ordered(changes, fields).flatMap(([field, values]) => {
    const text = fields[field]?.summary?.(values[side]) ?? null;
    return text === null ? [] : [{ field, text }];
  });
}

/** A sign-in lock-out: from where, after how many failed attempts. */
function describeLockOut(changes: Changes): AuditDetail[] {
  const from = changes.from?.[1];
  const attempts = changes.failedAttempts?.[1];
  return [
    {
      field: 'from',
      text: `Sign-in refused for a while after ${plainValue(attempts)} failed attempts from ${plainValue(from)}`,
    },
  ];
}

/** What an entry changed, line by line, in words a clinic owner reads at a glance. */
export function describeAuditChanges(entry: AuditEntry, names: HistoryNames): AuditDetail[] {
  if (entry.subject === 'appointment') {
    // As in the history panel: a booking or a deletion is the whole story, field by field is noise.
    if (entry.action !== 'updated') return [];
    return describeHistoryChanges(entry, names).map(({ field, label, before, after }) => ({
      field,
      text: `${label}: ${before} → ${after}`,
    }));
  }
  if (entry.action === 'locked') return describeLockOut(entry.changes);
  const fields = FIELD_WORDING[entry.subject];
  if (entry.action === 'updated') return describeUpdate(entry.changes, fields);
  return describeRecord(entry.changes, fields, entry.action === 'created' ? 1 : 0);
}
