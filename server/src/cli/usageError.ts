/** A command line the tool cannot carry out: said on standard error, with exit code 2. */
export class UsageError extends Error {}
