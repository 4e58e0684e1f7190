// SLA board store (dispatcher / admin): open tickets grouped by how their promises stand (sla.board); each board
// that lands also sets the service clock (its `at` is the service's time). The desk's first screen shows it beside
// the 派单队列, and refreshes the two together so the counts on its tabs never disagree.
import type { TicketListQuery } from '../api';
import { slaApi } from '../api';
import { createResource } from './resource';
import { useServiceClockStore } from './service-clock';
import { useTicketListsStore } from './ticket-lists';

export const useSlaBoardStore = createResource(
  () => slaApi.board(),
  (board) => useServiceClockStore.getState().syncExact(board.at),
);

/** The 派单队列: tickets waiting for a person to assign them (a list in the ticket lists store). */
export const DESK_QUEUE_KEY = 'desk-queue';
export const DESK_QUEUE: TicketListQuery = { scope: 'queue', limit: 50 };

/** The board and the queue, at once: every refresh of the desk's first screen (its timer, pull-to-refresh). */
export async function refreshDesk(): Promise<void> {
  await Promise.all([
    useSlaBoardStore.getState().refresh(),
    useTicketListsStore.getState().refresh(DESK_QUEUE_KEY, DESK_QUEUE),
  ]);
}
