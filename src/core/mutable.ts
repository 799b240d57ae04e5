// A readonly model type with its fields writable, for code that builds one field by field.
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };
