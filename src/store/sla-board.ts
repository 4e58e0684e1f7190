// SLA board store (dispatcher / admin): open tickets grouped by how their promises stand (sla.board); each board
// that lands also sets the service clock (its `at` is the service's time).
import { slaApi } from '../api';
import { createResource } from './resource';
import { useServiceClockStore } from './service-clock';

export const useSlaBoardStore = createResource(
  () => slaApi.board(),
  (board) => useServiceClockStore.getState().syncExact(board.at),
);
