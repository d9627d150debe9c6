import * as contract from '@clinic/contract';
import { describe, expect, it } from 'vitest';
import { camelToSnake, snakeToCamel } from './case';

/** The contract's request bodies and queries, by export name, with their top-level field names. */
const requests = Object.entries(contract).flatMap(([name, schema]) =>
  /(Body|Query)$/.test(name) && typeof schema === 'object' && 'shape' in schema
    ? [{ name, keys: Object.keys(schema.shape) }]
    : [],
);

// The app writes request fields camel-cased and the API client snake-cases them on the way out:
// a field whose name does not survive the round trip would reach the server under another name.
describe('request field names', () => {
  it('finds the contract’s requests', () => {
    expect(requests.map((r) => r.name)).toContain('createAppointmentBody');
    expect(requests.map((r) => r.name)).toContain('listAppointmentsQuery');
  });

  it('come back unchanged from camelCase', () => {
    const changed = requests.flatMap(({ name, keys }) =>
      keys.filter((key) => camelToSnake(snakeToCamel(key)) !== key).map((key) => `${name}.${key}`),
    );
    expect(changed).toEqual([]);
  });
});
