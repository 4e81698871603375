import { ApiError } from './api-error.js';

/** Query parameters; empty and undefined values are left out. */
export type Query = Readonly<Record<string, string | number | undefined | null>>;

/** A path under `/api` with its query string. */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

async function answer<T>(res: Response): Promise<T> {
  const type = res.headers.get('content-type') ?? '';
  if (!type.includes('application/json')) throw new ApiError(res.status, 'not-json', `expected a JSON answer, got ${type || 'no content type'}`);
  const body = (await res.json()) as unknown;
  if (!res.ok) {
    const e = body as { error?: unknown; detail?: unknown };
    throw new ApiError(res.status, typeof e.error === 'string' ? e.error : 'error', typeof e.detail === 'string' ? e.detail : res.statusText);
  }
  return body as T;
}

/** GETs a JSON answer of the API; an {@link ApiError} when it answers with an error. */
export async function getJson<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  return answer<T>(await fetch(apiUrl(path, query), { headers: { accept: 'application/json' }, signal }));
}

/** POSTs a body (with its content type) and reads the JSON answer. */
export async function postJson<T>(path: string, body: string, contentType: string): Promise<T> {
  return answer<T>(await fetch(apiUrl(path), { method: 'POST', headers: { 'content-type': contentType, accept: 'application/json' }, body }));
}
