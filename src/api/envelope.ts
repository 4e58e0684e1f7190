// The service's reply envelope ({ ok, data } / { ok, error }) turned into data or a thrown ApiError.
import { ERROR_CODES, type ErrorCode, type ErrorDetail } from '../../core/errors';
import { ApiError, UNAVAILABLE_MESSAGE } from './api-error';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function knownCode(code: unknown): ErrorCode {
  return (ERROR_CODES as readonly unknown[]).includes(code) ? (code as ErrorCode) : 'INTERNAL';
}

/** The envelope's data, or an ApiError with the service's code and message; anything else is UNAVAILABLE. */
export function unwrapEnvelope<Output>(body: unknown, transportNote: string): Output {
  if (isRecord(body) && body.ok === true && 'data' in body) return body.data as Output;
  if (isRecord(body) && body.ok === false && isRecord(body.error)) {
    const { code, message, details } = body.error;
    throw new ApiError(
      knownCode(code),
      typeof message === 'string' && message ? message : UNAVAILABLE_MESSAGE,
      Array.isArray(details) ? (details as ErrorDetail[]) : [],
    );
  }
  throw new ApiError('UNAVAILABLE', UNAVAILABLE_MESSAGE, [{ path: 'transport', message: transportNote }]);
}
