// Each role's way back: a ticket the reader can no longer see sends them to their own list, and the pages a session
// starts from have no back button.
import { PAGES } from '../core/notify/links';
import { isStartPage, ticketsPlaceFor } from './destinations';

test('a ticket the reader may no longer see leads back to the list of their own tickets', () => {
  expect(ticketsPlaceFor('customer')).toEqual({ url: PAGES.tickets, tab: true, label: '返回我的工单' });
  expect(ticketsPlaceFor('technician')).toEqual({ url: PAGES.technicianInbox, tab: false, label: '返回派单' });
  expect(ticketsPlaceFor('expert').url).toBe(PAGES.technicianInbox);
  expect(ticketsPlaceFor('dispatcher')).toEqual({ url: PAGES.deskBoard, tab: false, label: '返回调度看板' });
  expect(ticketsPlaceFor('admin').url).toBe(PAGES.deskBoard);
});

test('each role’s first screen, sign-in and the launcher are start pages; the others have a way back', () => {
  for (const page of [PAGES.launcher, PAGES.login, PAGES.bind, PAGES.home, PAGES.technicianInbox, PAGES.deskBoard]) {
    expect(isStartPage(page)).toBe(true);
  }
  expect(isStartPage('technician/inbox/index')).toBe(true);
  expect(isStartPage('/desk/board/index?stamp=3')).toBe(true);
  for (const page of [PAGES.ticket, PAGES.technicianJob, PAGES.deskTicket, PAGES.deskAssign, PAGES.notifications]) {
    expect(isStartPage(`${page}?id=tk_1`)).toBe(false);
  }
});
