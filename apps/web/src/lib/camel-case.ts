// The API's snake_case keys as the app reads them, at the type level: the same rule as
// snakeToCamel in ./case, which converts them at run time in the API client.

/** The characters an underscore before them raises: `/_([a-z0-9])/`. */
type Raised = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** `patient_name` → `patientName`; an underscore before anything else stays. */
export type CamelCase<Key extends string> = Key extends `${infer Head}_${infer Next}${infer Rest}`
  ? Raised extends `${string}${Next}${string}`
    ? `${Head}${Uppercase<Next>}${CamelCase<Rest>}`
    : `${Head}_${CamelCase<`${Next}${Rest}`>}`
  : Key;

/**
 * A JSON value with every object key camel-cased, however deep; arrays and tuples keep their
 * shape, optional and nullable fields stay so, and each member of a union is converted alone.
 */
export type Camelize<T> = T extends readonly unknown[]
  ? { [Index in keyof T]: Camelize<T[Index]> }
  : T extends object
    ? { [Key in keyof T as Key extends string ? CamelCase<Key> : Key]: Camelize<T[Key]> }
    : T;
