// The `sla` function: the dispatcher board, attainment per milestone, the evidence pack and "我来处理".
import { call } from './client';
import type { AttainmentQuery, AttainmentReport, EvidenceFile, Milestone, SlaBoard, Ticket } from './types';

export const slaApi = {
  board: () => call<SlaBoard>('sla', 'board', {}),
  attainment: (query: AttainmentQuery) => call<AttainmentReport>('sla', 'attainment', query),
  evidence: (id: string) => call<EvidenceFile>('sla', 'evidence', { id }),
  /** 409 when someone else already took this escalation */
  acknowledge: (id: string, milestone: Milestone) => call<{ ticket: Ticket }>('sla', 'acknowledge', { id, milestone }),
};
