import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv, type AnySchema } from 'ajv';

/** A data file that is missing, not JSON, or not of its schema. */
export class DataFileError extends Error {
  override name = 'DataFileError';
  constructor(
    readonly file: string,
    readonly detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

const ajv = new Ajv({ allErrors: true, strict: false });

/** The URL of a file under the project's `data/` folder; works from `src/` and from `dist/`. */
export function dataUrl(relative: string): URL {
  return new URL(`../../data/${relative}`, import.meta.url);
}

/**
 * Reads a JSON data file and checks it against a JSON Schema; throws DataFileError naming the file,
 * what the schema expected and what came.
 */
export function loadDataFile<T>(file: URL | string, schema: AnySchema): T {
  const path = typeof file === 'string' ? file : fileURLToPath(file);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    throw new DataFileError(path, `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    throw new DataFileError(path, `not JSON: ${(e as Error).message}`);
  }
  const validate = ajv.compile(schema);
  if (!validate(value)) {
    const errors = (validate.errors ?? [])
      .slice(0, 5)
      .map((err) => `${err.instancePath || '/'} ${err.message ?? 'is invalid'}`)
      .join('; ');
    throw new DataFileError(path, `does not match its schema: ${errors}`);
  }
  return value as T;
}
