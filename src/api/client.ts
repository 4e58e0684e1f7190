// call(fn, action, data): the one way the UI talks to the service, on weapp (cloud functions) and H5 (/api), typed by
// core's action map — the input is checked and the output inferred from API[fn][action] (types only: no zod here).
import Taro from '@tarojs/taro';
import type { ActionName, FunctionName, InputOf, OutputOf } from '../../core/api';
import { PAGES } from '../../core/notify/links';
import { isApiError } from './api-error';
import { callCloud } from './transport-cloud';
import { callHttp } from './transport-http';
import { clearToken } from './token';

/** Resolves to the envelope's data; rejects with an ApiError (service code, NETWORK or UNAVAILABLE). */
export function call<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  data: InputOf<F, A>,
): Promise<OutputOf<F, A>> {
  // A build-time constant: each build keeps only its own transport.
  return process.env.TARO_ENV === 'weapp'
    ? callCloud<OutputOf<F, A>>(fn, action, data)
    : callH5<OutputOf<F, A>>(fn, action, data);
}

async function callH5<Output>(fn: string, action: string, data: unknown): Promise<Output> {
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
  if (!current.includes(PAGES.login.slice(1))) void Taro.reLaunch({ url: PAGES.login });
}
