import { DataFileError } from '../data/data-file.js';

/** A knowledge-base data file that is missing, unreadable or not of the expected shape. */
export class KbFileError extends DataFileError {
  /** The file, the expected shape and what came instead. */
  constructor(
    file: string,
    readonly expected: string,
    readonly got: string,
  ) {
    super(file, `knowledge base file: expected ${expected}; got ${got}`);
    this.name = 'KbFileError';
  }
}
