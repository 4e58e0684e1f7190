// Every page of the app by name, and where a message about a ticket opens for each kind of reader: the one place page
// paths are written (the app's navigation and every message's deep link use these).
import type { Role } from '../model';

export const PAGES = {
  launcher: '/pages/index/index',
  login: '/pages/login/index',
  bind: '/pages/bind/index',
  home: '/pages/home/index',
  tickets: '/pages/tickets/index',
  me: '/pages/me/index',
  report: '/pages/report/index',
  ticket: '/pages/ticket/index',
  survey: '/pages/survey/index',
  notifications: '/pages/notifications/index',
  technicianInbox: '/technician/inbox/index',
  technicianJob: '/technician/job/index',
  technicianResolve: '/technician/resolve/index',
  deskBoard: '/desk/board/index',
  deskAssign: '/desk/assign/index',
  deskTicket: '/desk/ticket/index',
  deskStats: '/desk/stats/index',
  deskRoster: '/desk/roster/index',
  deskHolidays: '/desk/holidays/index',
} as const;

export type PageName = keyof typeof PAGES;

const withId = (page: PageName, id: string) => `${PAGES[page]}?id=${encodeURIComponent(id)}`;

/** The screen that acts on a ticket for this reader: the customer's ticket, the field job, or the desk's ticket. */
export function ticketLink(role: Role, ticketId: string): string {
  if (role === 'customer') return withId('ticket', ticketId);
  if (role === 'dispatcher' || role === 'admin') return withId('deskTicket', ticketId);
  return withId('technicianJob', ticketId);
}

/** The desk's assignment screen of a ticket waiting for a person. */
export const assignLink = (ticketId: string) => withId('deskAssign', ticketId);

/**
 * Where a message about a video booking opens: the ticket it is about (the customer's ticket, the expert's job).
 * A booking without a ticket opens nothing until the app has its booking screens: add them to PAGES (and to the
 * app's page list) and return them here, the one place that decides.
 */
export function bookingLink(role: Role, booking: { ticketId: string | null }): string | undefined {
  return booking.ticketId ? ticketLink(role, booking.ticketId) : undefined;
}
