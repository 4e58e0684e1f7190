// Where each kind of user belongs — their first screen, the screen that acts on a ticket, the list of their tickets —
// and the pages with nothing before them. Plain data over core's page table (navigation.ts moves between them).
import type { Role } from '../core/model';
import { PAGES } from '../core/notify/links';
import type { SessionUser } from './api';

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

/** The one screen where this role acts on a ticket (a notification's deep link, for whoever reads it). */
export function ticketPageFor(role: Role | null | undefined): string {
  if (role && CUSTOMER_ROLES.includes(role)) return PAGES.ticket;
  if (role && TECHNICIAN_ROLES.includes(role)) return PAGES.technicianJob;
  return PAGES.deskTicket;
}

export interface TicketsPlace extends Destination {
  /** the button that goes there: "返回我的工单" */
  label: string;
}

/** Where this role's tickets are listed: the way back from a ticket the reader can no longer see. */
export function ticketsPlaceFor(role: Role | null | undefined): TicketsPlace {
  if (role && CUSTOMER_ROLES.includes(role)) return { url: PAGES.tickets, tab: true, label: '返回我的工单' };
  if (role && TECHNICIAN_ROLES.includes(role)) return { url: PAGES.technicianInbox, tab: false, label: '返回派单' };
  return { url: PAGES.deskBoard, tab: false, label: '返回调度看板' };
}

/** Where a signed-in session starts (the launcher, sign-in, binding, each role's first screen): no way back. */
const START_PAGES: readonly string[] = [
  PAGES.launcher,
  PAGES.login,
  PAGES.bind,
  PAGES.home,
  PAGES.technicianInbox,
  PAGES.deskBoard,
];

/** Whether a page (a path, with or without its query or leading slash) is one a session starts from. */
export function isStartPage(path: string): boolean {
  const page = `/${path.split('?')[0]!.replace(/^\/+/, '')}`;
  return START_PAGES.includes(page);
}
