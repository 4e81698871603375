/** Exit codes of the `newsgraph` command, documented in the README. */
export const EXIT = {
  /** Everything asked was done. */
  ok: 0,
  /** Some inputs or articles failed; the rest was done and reported. */
  partial: 1,
  /** The command line was wrong (unknown command or option, missing argument). */
  usage: 2,
  /** The store could not be opened, migrated or written. */
  store: 3,
  /** Nothing matched what was asked for (an unknown article id). */
  notFound: 4,
  /** No input could be read at all. */
  noInput: 5,
} as const;

/** One of the exit codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
