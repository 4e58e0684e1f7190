// Every list on screen counts down against the service's time: a ticket list, the notification centre and the desk's
// on-duty view set the service clock from the time their answer states, as the ticket page and the board always did.
import type { NotificationPage, Ticket, TicketPage } from '../api';
import { useNotificationsStore } from './notifications';
import { useServiceClockStore } from './service-clock';
import { useTicketListsStore } from './ticket-lists';

const mockApi = {
  ticketsList: jest.fn<Promise<TicketPage>, [unknown]>(),
  notificationsList: jest.fn<Promise<NotificationPage>, [unknown]>(),
};
// jest hoists this above the imports: the stores get these two calls instead of the service
jest.mock('../api', () => ({
  ticketsApi: { list: (q: unknown) => mockApi.ticketsList(q) },
  notificationsApi: { list: (q: unknown) => mockApi.notificationsList(q) },
}));

/** The service runs 20 minutes ahead of this machine (the local host's test clock, or a phone set wrong). */
const AHEAD_MS = 20 * 60_000;
const serviceNow = () => new Date(Date.now() + AHEAD_MS).toISOString();
const listed = (id: string) => ({ id, sla: { at: serviceNow() } }) as unknown as Ticket;

beforeEach(() => {
  useServiceClockStore.setState({ offsetMs: 0 });
  useTicketListsStore.getState().reset();
  useNotificationsStore.getState().reset();
});

const offsetIsAhead = () => {
  expect(Math.abs(useServiceClockStore.getState().offsetMs - AHEAD_MS)).toBeLessThan(2_000);
};

test('a ticket list that lands sets the service clock from its tickets', async () => {
  mockApi.ticketsList.mockResolvedValueOnce({ items: [listed('tk_1'), listed('tk_2')], nextCursor: 'c1' });
  await useTicketListsStore.getState().refresh('mine', { scope: 'mine', limit: 20 });
  expect(useTicketListsStore.getState().lists.mine?.data?.items.map((t) => t.id)).toEqual(['tk_1', 'tk_2']);
  offsetIsAhead();
});

test('the next page of a list sets it too', async () => {
  mockApi.ticketsList.mockResolvedValueOnce({ items: [], nextCursor: 'c1' });
  await useTicketListsStore.getState().refresh('mine', { scope: 'mine', limit: 20 });
  expect(useServiceClockStore.getState().offsetMs).toBe(0);
  mockApi.ticketsList.mockResolvedValueOnce({ items: [listed('tk_3')], nextCursor: null });
  await useTicketListsStore.getState().loadMore('mine');
  offsetIsAhead();
});

test('the notification centre sets the service clock from the time its page states', async () => {
  mockApi.notificationsList.mockResolvedValueOnce({ items: [], nextCursor: null, unread: 0, at: serviceNow() });
  await useNotificationsStore.getState().refresh();
  expect(useNotificationsStore.getState().status).toBe('ready');
  offsetIsAhead();
});
