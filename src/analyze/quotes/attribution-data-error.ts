import { DataFileError } from '../../data/data-file.js';

/** A data file of the attribution stages did not have the expected shape. */
export class AttributionDataError extends DataFileError {
  /** What the loader expected to find. */
  readonly expected: string;
  /** What it found instead. */
  readonly got: string;

  /** Describes a failed check: which file, where in it, what was expected and what came. */
  constructor(file: string, where: string, expected: string, got: unknown) {
    const shown = got === undefined ? 'nothing' : JSON.stringify(got)?.slice(0, 80) ?? String(got);
    super(file, `${where}: expected ${expected}, got ${shown}`);
    this.name = 'AttributionDataError';
    this.expected = expected;
    this.got = shown;
  }
}
