// Shared by the integration tests: a tiny PNG, the demo users' tokens, raw uploads and unique clientRequestIds.
import type { Host } from './harness';

/** A 1×1 PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export const DEMO_USERS = ['c-1001', 'c-1002', 't-2001', 't-2002', 't-2003', 'e-2901', 'd-3001', 'a-4001'] as const;

/** Signs every demo user in: their tokens by user id. */
export async function loginAll(host: Host, into: Record<string, string>): Promise<void> {
  for (const id of DEMO_USERS) into[id] = await host.login(id);
}

/** POST /api/_upload with raw bytes; the token may be '' to test signing in. */
export async function uploadAs(host: Host, token: string, purpose: string, bytes: Buffer = PNG, type = 'image/png') {
  const res = await host.raw(`/api/_upload?purpose=${purpose}`, {
    method: 'POST',
    headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: bytes,
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** A fresh clientRequestId for each call of the returned function. */
export function requestIds(prefix: string): () => string {
  let seq = 0;
  return () => `${prefix}-${Date.now()}-${++seq}`;
}
