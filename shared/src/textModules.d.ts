/** Modules esbuild makes as it bundles (see esbuild.mjs). Text files, as strings (its "text" loader): */
declare module '*.txt' {
  const text: string;
  export default text;
}

/** A JSON Schema's validation function, compiled by ajv when the bundle is built (esbuild.mjs): `validator:<schema file>`. */
declare module 'validator:*' {
  import type { ValidateFunction } from 'ajv';
  const validate: ValidateFunction;
  export default validate;
}
