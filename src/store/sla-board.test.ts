// The desk's first screen refreshes the SLA board and the 派单队列 together: the queue's count on its tab follows
// the board instead of going stale while the board refreshes itself.
import type { SlaBoard, Ticket, TicketPage } from '../api';
import { DESK_QUEUE_KEY, refreshDesk, useSlaBoardStore } from './sla-board';
import { useTicketListsStore } from './ticket-lists';

const mockBoard = jest.fn<Promise<SlaBoard>, []>();
const mockList = jest.fn<Promise<TicketPage>, [unknown]>();
// jest hoists this above the imports: the stores get these calls instead of the service
jest.mock('../api', () => ({
  slaApi: { board: () => mockBoard() },
  ticketsApi: { list: (q: unknown) => mockList(q) },
}));

const at = () => new Date().toISOString();
const waiting = (id: string) => ({ id, status: 'reported', sla: { at: at() } }) as unknown as Ticket;
const board = (total: number): SlaBoard => ({ at: at(), groups: [], total });

test('each refresh of the desk brings the board and the queue', async () => {
  mockBoard.mockResolvedValueOnce(board(1));
  mockList.mockResolvedValueOnce({ items: [], nextCursor: null });
  await refreshDesk();
  expect(useTicketListsStore.getState().lists[DESK_QUEUE_KEY]?.data?.items).toEqual([]);

  mockBoard.mockResolvedValueOnce(board(2));
  mockList.mockResolvedValueOnce({ items: [waiting('tk_9')], nextCursor: null });
  await refreshDesk();
  expect(useSlaBoardStore.getState().data?.total).toBe(2);
  expect(useTicketListsStore.getState().lists[DESK_QUEUE_KEY]?.data?.items.map((t) => t.id)).toEqual(['tk_9']);
  expect(mockList).toHaveBeenLastCalledWith(expect.objectContaining({ scope: 'queue', cursor: null }));
});
