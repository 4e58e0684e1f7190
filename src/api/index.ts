// The typed api client: call() plus one object per cloud function, and uploads.
export { call } from './client';
export { ApiError, asApiError, isApiError, messageOf } from './api-error';
export type { ApiErrorCode } from './api-error';
export { authApi } from './auth';
export { devicesApi } from './devices';
export { ticketsApi, newClientRequestId } from './tickets';
export { surveysApi } from './surveys';
export { slaApi } from './sla';
export { notificationsApi } from './notifications';
export { rostersApi } from './rosters';
export { uploadFile } from './files';
export { readToken, saveToken, clearToken } from './token';
export { initCloud } from './transport-cloud';
export type * from './types';
