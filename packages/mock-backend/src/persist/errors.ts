/** A data file that cannot be used. Its message says which file and why, for the CLI to print as is. */
export class PersistenceError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PersistenceError';
  }
}
