/** Formats and limits of the API's fields, stated by field name across the whole document. */
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@clinic/domain';

export type Json = Record<string, unknown>;

/** Sign-in checks a password, it does not set one: no length rule applies to it. */
const SETS_NO_PASSWORD = new Set(['POST /api/auth/login']);

const RFC3339 = 'date-time';
const TIME_OUT = '^([01]\\d|2[0-3]):[0-5]\\d$';
const TIME_IN = '^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?$';
const DATE_FIELDS = new Set(['date', 'date_from', 'date_to', 'today', 'week_from', 'week_to']);
const TIME_FIELDS = new Set(['time', 'end_time']);
/** Opening hours are kept as the owner sent them, so seconds may come back. */
const OPENING_FIELDS = new Set(['open', 'close']);
const INSTANT_FIELDS = new Set(['at', 'created_at', 'updated_at']);
const EMAIL_FIELDS = new Set(['email', 'patient_email']);

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `string`, or a nullable string (`["string", "null"]`): formats apply to its strings. */
const isStringType = (type: unknown): boolean =>
  type === 'string' || (Array.isArray(type) && type.includes('string'));

/**
 * Field names carry one meaning throughout the API (every `date` is a clinic day, every
 * `created_at` an instant), so their formats are stated here once instead of on each schema.
 * Request schemas keep what zod documents and only gain what zod's refinements check.
 */
export function describeField(
  name: string,
  schema: Json,
  io: 'input' | 'output',
  op: string,
): void {
  for (const branch of Array.isArray(schema.anyOf) ? schema.anyOf : [schema]) {
    if (!isObject(branch) || !isStringType(branch.type)) continue;
    // A fixed value (the empty text an optional email may be) needs no format.
    if (branch.format || branch.pattern || 'const' in branch) continue;
    if (DATE_FIELDS.has(name)) branch.format = 'date';
    else if (TIME_FIELDS.has(name)) branch.pattern = io === 'input' ? TIME_IN : TIME_OUT;
    else if (OPENING_FIELDS.has(name)) branch.pattern = TIME_IN;
    else if (INSTANT_FIELDS.has(name) && io === 'output') branch.format = RFC3339;
    // A patient registered with a phone number only has the email "".
    else if (EMAIL_FIELDS.has(name) && io === 'output') {
      branch.anyOf = [{ format: 'email' }, { const: '' }];
    } else if (name === 'timezone') {
      branch.description ??= 'An IANA time zone.';
      branch.examples ??= ['Europe/Lisbon'];
    } else if (name === 'password' && io === 'input' && !SETS_NO_PASSWORD.has(op)) {
      branch.minLength = MIN_PASSWORD_LENGTH;
      branch.maxLength = MAX_PASSWORD_LENGTH;
      branch.description ??= 'Not one of the 10,000 most common passwords.';
    }
  }
}

export function walkSchema(schema: unknown, io: 'input' | 'output', op: string): void {
  if (Array.isArray(schema)) {
    for (const item of schema) walkSchema(item, io, op);
    return;
  }
  if (!isObject(schema)) return;
  if (isObject(schema.properties)) {
    for (const [name, property] of Object.entries(schema.properties)) {
      if (isObject(property)) describeField(name, property, io, op);
    }
  }
  for (const [key, child] of Object.entries(schema)) {
    if (key !== 'examples' && key !== 'enum' && key !== 'const') walkSchema(child, io, op);
  }
}
