// Where each kind of user belongs, and the moves between the launcher, sign-in and each role's first screen.
import Taro from '@tarojs/taro';
import { PAGES } from '../core/notify/links';
import type { SessionUser } from './api';
import { destinationFor, type Destination } from './destinations';
import { useSessionStore } from './store/session';

/** Every page's path, written once in core (messages' deep links use the same table). */
export { PAGES };
export {
  CUSTOMER_ROLES,
  DESK_ROLES,
  destinationFor,
  isStartPage,
  TECHNICIAN_ROLES,
  ticketPageFor,
  ticketsPlaceFor,
  type Destination,
  type TicketsPlace,
} from './destinations';

/** A page with its query (PAGES.ticket + "?id=…"). */
export function pageUrl(page: string, query: Record<string, string | undefined>): string {
  const pairs = Object.entries(query)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
  return pairs.length ? `${page}?${pairs.join('&')}` : page;
}

/** Opens a page on top of this one. */
export function openPage(page: string, query: Record<string, string | undefined> = {}): void {
  void Taro.navigateTo({ url: pageUrl(page, query) });
}

/** From the launcher: replace it, so "back" never returns to a blank launcher. */
export function leaveLauncherFor(user: SessionUser | null): void {
  const { url, tab } = destinationFor(user);
  if (tab) void Taro.switchTab({ url });
  else void Taro.redirectTo({ url });
}

/** To a place with a fresh page stack: a tab with switchTab, any other page as the only one (nothing to go back to). */
export function leaveTo({ url, tab }: Destination): void {
  if (tab) void Taro.switchTab({ url });
  else void Taro.reLaunch({ url });
}

/** After signing in, binding or signing out: start a fresh page stack at the user's first screen. */
export function restartAt(url: string): void {
  void Taro.reLaunch({ url });
}

/** Sign-in exists on H5 / the local host only; in WeChat the OPENID is the identity. */
export const canSwitchAccount = process.env.TARO_ENV !== 'weapp';

/** H5: pick another demo user; the current one stays signed in until another is chosen. */
export function switchAccount(): void {
  void Taro.navigateTo({ url: PAGES.login });
}

/** H5: forget this account and return to sign-in (after the pages that showed it are gone). */
export function signOut(): void {
  void Taro.reLaunch({ url: PAGES.login }).then(() => useSessionStore.getState().logout());
}
