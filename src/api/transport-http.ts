// H5 / local-host transport: POST /api/<function> with { action, data } and the bearer token when there is one.
import Taro from '@tarojs/taro';
import { ApiError, NETWORK_MESSAGE } from './api-error';
import { unwrapEnvelope } from './envelope';
import { readToken } from './token';

const API_BASE = process.env.TARO_APP_API_BASE || '';
/** A technician's phone on a poor network: wait a while, but not forever. */
const TIMEOUT_MS = 15_000;

export async function callHttp<Output>(fn: string, action: string, data: unknown): Promise<Output> {
  const token = readToken();
  const header: Record<string, string> = { 'Content-Type': 'application/json' };
  if (token) header.Authorization = `Bearer ${token}`;
  let res: { statusCode: number; data: unknown };
  try {
    res = await Taro.request({
      url: `${API_BASE}/api/${fn}`,
      method: 'POST',
      data: { action, data },
      header,
      dataType: 'json',
      timeout: TIMEOUT_MS,
    });
  } catch (e) {
    const errMsg = (e as { errMsg?: string; message?: string } | null)?.errMsg ?? String(e);
    throw new ApiError('NETWORK', NETWORK_MESSAGE, [{ path: 'http', message: errMsg }]);
  }
  return unwrapEnvelope<Output>(res.data, `HTTP ${res.statusCode} from /api/${fn}`);
}
