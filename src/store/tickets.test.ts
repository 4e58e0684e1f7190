// The tickets store keeps the last good copy of a ticket through a failed refresh — but not once the service says the
// reader may no longer see it (a technician whose offer went to someone else).
import { ApiError } from '../api/api-error';
import type { Ticket } from '../api';
import { useTicketsStore } from './tickets';

const mockGet = jest.fn<Promise<{ ticket: Ticket }>, [string]>();
// jest hoists this above the imports: the store gets this call instead of the service
jest.mock('../api', () => ({ ticketsApi: { get: (id: string) => mockGet(id) } }));

const ticket = { id: 'tk_1', sla: { at: new Date().toISOString() } } as unknown as Ticket;

beforeEach(() => useTicketsStore.getState().reset());

test('a refresh that fails keeps the last good copy on screen', async () => {
  mockGet.mockResolvedValueOnce({ ticket });
  await useTicketsStore.getState().load('tk_1');
  mockGet.mockRejectedValueOnce(new ApiError('NETWORK', '网络不稳定，请稍后重试'));
  await useTicketsStore.getState().load('tk_1');
  expect(useTicketsStore.getState().byId.tk_1).toMatchObject({ data: ticket, status: 'error' });
});

test('a ticket the reader may no longer see is forgotten, with the reason kept', async () => {
  mockGet.mockResolvedValueOnce({ ticket });
  await useTicketsStore.getState().load('tk_1');
  mockGet.mockRejectedValueOnce(new ApiError('NOT_FOUND', '工单不存在或无权查看'));
  expect(await useTicketsStore.getState().load('tk_1')).toBeNull();
  const entry = useTicketsStore.getState().byId.tk_1;
  expect(entry?.data).toBeNull();
  expect(entry?.status).toBe('error');
  expect(entry?.error?.code).toBe('NOT_FOUND');
});
