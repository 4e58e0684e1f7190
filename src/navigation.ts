// Where each kind of user belongs, and the moves between the launcher, sign-in and each role's first screen.
import Taro from '@tarojs/taro';
import type { Role } from '../core/model';
import { PAGES } from '../core/notify/links';
import type { SessionUser } from './api';
import { useSessionStore } from './store/session';

/** Every page's path, written once in core (messages' deep links use the same table). */
export { PAGES };

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

export interface Destination {
  url: string;
  /** a tab-bar page: reached with switchTab */
  tab: boolean;
}

export const CUSTOMER_ROLES: readonly Role[] = ['customer'];
export const TECHNICIAN_ROLES: readonly Role[] = ['technician', 'expert'];
export const DESK_ROLES: readonly Role[] = ['dispatcher', 'admin'];

/** Nobody → sign in (H5) · unbound WeChat user → bind · customer → 首页 · field staff → 派单 · desk → 看板. */
export function destinationFor(user: SessionUser | null): Destination {
  if (!user) return { url: PAGES.login, tab: false };
  if (!user.bound || !user.role) return { url: PAGES.bind, tab: false };
  if (CUSTOMER_ROLES.includes(user.role)) return { url: PAGES.home, tab: true };
  if (TECHNICIAN_ROLES.includes(user.role)) return { url: PAGES.technicianInbox, tab: false };
  return { url: PAGES.deskBoard, tab: false };
}

/** From the launcher: replace it, so "back" never returns to a blank launcher. */
export function leaveLauncherFor(user: SessionUser | null): void {
  const { url, tab } = destinationFor(user);
  if (tab) void Taro.switchTab({ url });
  else void Taro.redirectTo({ url });
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

/** The one screen where this role acts on a ticket (a notification's deep link, for whoever reads it). */
export function ticketPageFor(role: Role | null | undefined): string {
  if (role && CUSTOMER_ROLES.includes(role)) return PAGES.ticket;
  if (role && TECHNICIAN_ROLES.includes(role)) return PAGES.technicianJob;
  return PAGES.deskTicket;
}
