// The typed api client: call() plus one object per cloud function.
export { call } from './client';
export { ApiError, isApiError, messageOf } from './api-error';
export type { ApiErrorCode } from './api-error';
export { authApi } from './auth';
export { devicesApi } from './devices';
export { readToken, saveToken, clearToken } from './token';
export { initCloud } from './transport-cloud';
export type { Device, DeviceWarranty, DemoUser, DevLoginResult, SessionUser, Warranty } from './types';
