import type { z } from 'zod';
import { ApiError } from './api-error.js';

/** What a zod failure says, one issue a clause: `pageSize: Too big: expected number to be <=100`. */
export function issuesDetail(error: z.ZodError): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
}

/**
 * A value checked against a schema; throws ApiError 400 with `error` as the code and the issues as
 * the detail when it does not fit.
 */
export function validate<S extends z.ZodType>(schema: S, value: unknown, error: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError(400, error, issuesDetail(parsed.error));
  return parsed.data;
}
