// The `sla` function: the dispatcher board, attainment per milestone, the evidence pack and "我来处理".
import { call } from './client';
import type { AttainmentQuery, Milestone } from './types';

export const slaApi = {
  board: () => call('sla', 'board', {}),
  attainment: (query: AttainmentQuery) => call('sla', 'attainment', query),
  evidence: (id: string) => call('sla', 'evidence', { id }),
  /** 409 when someone else already took this escalation */
  acknowledge: (id: string, milestone: Milestone) => call('sla', 'acknowledge', { id, milestone }),
};
