// Filters become exactly the MongoDB conditions CloudBase runs: asserted on the real SDK's serialized query (EJSON).
import * as tcb from '@cloudbase/node-sdk';
import type { Filter } from '../ports';
import { afterKeyset, pageWhere, toCloudbaseWhere } from './filter';
import type { Where } from './sdk';

interface Ticket {
  id: string;
  version: number;
  status: string;
  priority: number;
  urgent: boolean;
  assigneeId: string | null;
  sla: { nextDueAt: string };
}

const db = tcb.init({ env: 'test-env' }).database();
const _ = db.command;
const int = (n: number) => ({ $numberInt: String(n) });

/** The query as the SDK would send it. */
function sent(where: Where): unknown {
  const query = db.collection('tickets').where(where) as unknown as { _fieldFilters: string };
  return JSON.parse(query._fieldFilters);
}

const where = (filter: Filter<Ticket>) => sent(toCloudbaseWhere(filter, _));

describe('toCloudbaseWhere', () => {
  test.each<[string, Filter<Ticket>, unknown]>([
    ['equality', { status: 'open' }, { status: 'open' }],
    ['eq', { status: { eq: 'open' } }, { status: 'open' }],
    ['null (null or missing)', { assigneeId: null }, { assigneeId: null }],
    ['ne', { status: { ne: 'closed' } }, { status: { $ne: 'closed' } }],
    ['ne null', { assigneeId: { ne: null } }, { assigneeId: { $ne: null } }],
    ['in', { status: { in: ['open', 'assigned'] } }, { status: { $in: ['open', 'assigned'] } }],
    ['empty in', { status: { in: [] } }, { status: { $in: [] } }],
    ['one bound', { priority: { gte: 2 } }, { priority: { $gte: int(2) } }],
    [
      'two bounds (and)',
      { priority: { gt: 1, lte: 3 } },
      { $and: [{ priority: { $gt: int(1) } }, { priority: { $lte: int(3) } }] },
    ],
    [
      'dotted path',
      { 'sla.nextDueAt': { lte: '2026-01-01T00:00:00.000Z' } },
      { 'sla.nextDueAt': { $lte: '2026-01-01T00:00:00.000Z' } },
    ],
    ['boolean', { urgent: true }, { urgent: true }],
    ['id is _id', { id: { in: ['t-1', 't-2'] } }, { _id: { $in: ['t-1', 't-2'] } }],
    ['several fields', { status: 'open', urgent: false }, { status: 'open', urgent: false }],
    [
      'nested and',
      { status: 'open', and: [{ priority: { gte: 2 } }, { and: [{ urgent: true }] }] },
      { $and: [{ status: 'open' }, { priority: { $gte: int(2) } }, { $and: [{ urgent: true }] }] },
    ],
    ['undefined is no condition', { status: undefined, urgent: true }, { urgent: true }],
  ])('%s', (_title, filter, expected) => {
    expect(where(filter)).toEqual(expected);
  });

  test('a malicious field path is refused before it reaches a query', () => {
    expect(() => toCloudbaseWhere({ $where: 'sleep(1000)' } as unknown as Filter<Ticket>, _)).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
    expect(() => toCloudbaseWhere({ 'a..b': 1 } as unknown as Filter<Ticket>, _)).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
  });

  test('an operator smuggled in as a value is refused', () => {
    const smuggled = { status: { eq: { $gt: '' } } } as unknown as Filter<Ticket>;
    expect(() => toCloudbaseWhere(smuggled, _)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});

describe('keyset cursor condition', () => {
  const at = { value: '2026-01-01T00:00:00.000Z', id: 't-7' };

  test('ascending: a greater value, or the same value and a greater id', () => {
    expect(sent(afterKeyset({ field: 'sla.nextDueAt', direction: 'asc' }, at, _))).toEqual({
      $or: [{ 'sla.nextDueAt': { $gt: at.value } }, { 'sla.nextDueAt': at.value, _id: { $gt: 't-7' } }],
    });
  });

  test('descending: a smaller value, the same value and a smaller id, or no value (nulls sort last)', () => {
    expect(sent(afterKeyset({ field: 'priority', direction: 'desc' }, { value: 3, id: 't-7' }, _))).toEqual({
      $or: [{ priority: { $lt: int(3) } }, { priority: int(3), _id: { $lt: 't-7' } }, { priority: null }],
    });
  });

  test('from a null position: ascending, any value or a later null; descending, only later nulls', () => {
    const nullAt = { value: null, id: 't-7' };
    expect(sent(afterKeyset({ field: 'assigneeId', direction: 'asc' }, nullAt, _))).toEqual({
      $or: [{ assigneeId: { $ne: null } }, { assigneeId: null, _id: { $gt: 't-7' } }],
    });
    expect(sent(afterKeyset({ field: 'assigneeId', direction: 'desc' }, nullAt, _))).toEqual({
      assigneeId: null,
      _id: { $lt: 't-7' },
    });
  });

  test('by id: just the id', () => {
    expect(sent(afterKeyset({ field: 'id', direction: 'desc' }, { value: 't-7', id: 't-7' }, _))).toEqual({
      _id: { $lt: 't-7' },
    });
  });

  test('joined with the filter by and', () => {
    const filter = toCloudbaseWhere<Ticket>({ status: 'open' }, _);
    const after = afterKeyset({ field: 'id', direction: 'asc' }, { value: 't-7', id: 't-7' }, _);
    expect(sent(pageWhere(filter, after, _))).toEqual({ $and: [{ status: 'open' }, { _id: { $gt: 't-7' } }] });
  });
});
