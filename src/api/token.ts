// The H5 bearer token (from auth.devLogin), kept in Taro storage; the mini-program needs none (WeChat OPENID).
import Taro from '@tarojs/taro';
import { TOKEN_STORAGE_KEY } from '../constants';

export function readToken(): string | null {
  const token: unknown = Taro.getStorageSync(TOKEN_STORAGE_KEY);
  return typeof token === 'string' && token ? token : null;
}

export function saveToken(token: string): void {
  Taro.setStorageSync(TOKEN_STORAGE_KEY, token);
}

export function clearToken(): void {
  Taro.removeStorageSync(TOKEN_STORAGE_KEY);
}
