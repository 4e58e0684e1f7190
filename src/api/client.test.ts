// The api client is typed by core's action map: a wrong action or a wrong input field does not compile, and the
// output is what the map says (tsc checks the lines below in `npm test`; jest checks the map they rely on).
import { API } from '../../core/api';
import { TicketView } from '../../core/schemas/tickets';
import type { call as Call } from './client';
import type { Ticket } from './types';

// The client's signature only: calling it for real would need Taro and a service.
declare const call: typeof Call;

export async function typeChecks(): Promise<void> {
  // @ts-expect-error: tickets has no such action
  await call('tickets', 'teleport', { id: 'tk_1' });
  // @ts-expect-error: no such function
  await call('orders', 'list', {});
  // @ts-expect-error: tickets.get takes `id`, not `ticketId`
  await call('tickets', 'get', { ticketId: 'tk_1' });
  // @ts-expect-error: tickets.reject needs its reason
  await call('tickets', 'reject', { id: 'tk_1' });
  // @ts-expect-error: a pause is for the customer or for parts, nothing else
  await call('tickets', 'pause', { id: 'tk_1', kind: 'weather', reason: '下雨' });

  // The output is inferred: no generic, no cast.
  const { ticket } = await call('tickets', 'accept', { id: 'tk_1' });
  const same: Ticket = ticket;
  const { survey } = await call('surveys', 'get', { ticketId: 'tk_1' });
  // @ts-expect-error: a survey may not exist yet (null)
  const overall: number = survey.overall;
  // @ts-expect-error: a ticket's number is a string
  const no: number = ticket.no;
  void [same, overall, no];
}

const MOVES = [
  'report',
  'accept',
  'reject',
  'goOnsite',
  'arrive',
  'resolve',
  'confirm',
  'reopen',
  'cancel',
  'assign',
  'pause',
  'resume',
  'attachPlan',
] as const;

test('every ticket move answers with the ticket view, so the app needs no second tickets.get', () => {
  for (const move of MOVES) expect(API.tickets[move].output.shape.ticket).toBe(TicketView);
  expect(API.sla.acknowledge.output.shape.ticket).toBe(TicketView);
});
