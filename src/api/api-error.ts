// ApiError: a failed call as the UI sees it — the service's error code, or NETWORK / UNAVAILABLE from the transport.
import type { ErrorCode, ErrorDetail } from '../../core/errors';

/** NETWORK: no answer at all; UNAVAILABLE: an answer that is not the service's envelope (a gateway page, a 404). */
export type ApiErrorCode = ErrorCode | 'NETWORK' | 'UNAVAILABLE';

export const NETWORK_MESSAGE = '网络不稳定，请稍后重试';
export const UNAVAILABLE_MESSAGE = '服务暂时不可用，请稍后重试';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/** Whatever was thrown, as an ApiError (anything that is not one: UNAVAILABLE). */
export function asApiError(e: unknown): ApiError {
  return isApiError(e) ? e : new ApiError('UNAVAILABLE', UNAVAILABLE_MESSAGE);
}

/** A message fit to show a person, whatever was thrown. */
export function messageOf(e: unknown): string {
  if (isApiError(e)) return e.message;
  return UNAVAILABLE_MESSAGE;
}
