/** A command line that is not what the command expects; exits with code 2 and the command's usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
