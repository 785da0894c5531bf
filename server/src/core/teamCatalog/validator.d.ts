/** The team catalog schema's validation function, compiled when the bundle is built (esbuild.mjs). */
declare module 'team-catalog-validator' {
  import type { ValidateFunction } from 'ajv';
  const validate: ValidateFunction;
  export default validate;
}
