// call(fn, action, data): the one way the UI talks to the service, on weapp (cloud functions) and H5 (/api).
import Taro from '@tarojs/taro';
import { isApiError } from './api-error';
import { callCloud } from './transport-cloud';
import { callHttp } from './transport-http';
import { clearToken } from './token';

export const LOGIN_PAGE = '/pages/login/index';

/** Resolves to the envelope's data; rejects with an ApiError (service code, NETWORK or UNAVAILABLE). */
export function call<Output>(fn: string, action: string, data: object = {}): Promise<Output> {
  // A build-time constant: each build keeps only its own transport.
  return process.env.TARO_ENV === 'weapp' ? callCloud<Output>(fn, action, data) : callH5<Output>(fn, action, data);
}

async function callH5<Output>(fn: string, action: string, data: object): Promise<Output> {
  try {
    return await callHttp<Output>(fn, action, data);
  } catch (e) {
    if (isApiError(e) && e.code === 'UNAUTHENTICATED') signOutToLogin();
    throw e;
  }
}

/** H5: a missing or expired token means signing in again; the login page is the only way in. */
function signOutToLogin(): void {
  clearToken();
  const current = Taro.getCurrentInstance().router?.path ?? '';
  if (!current.includes('pages/login/index')) void Taro.reLaunch({ url: LOGIN_PAGE });
}
