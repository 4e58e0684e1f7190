// The store contract, reading side: every filter kind, ordering with ties, keyset pages, counts, rejected input.
import type { Collection, Filter, NewDoc, Store } from '../ports';
import { FILTER_FIXTURE, idsOf, insertAll, pad, walkPages, type Item } from './store-fixtures';

type Env = { items: Collection<Item>; store: Store };

export function describeQueryContract(env: Env): void {
  describe('filters', () => {
    beforeEach(() => insertAll(env.items, FILTER_FIXTURE));
    describeFilterKinds(env);
    describeRejectedInput(env);
  });
  describe('ordering and pages', () => describePages(env));
}

function describeFilterKinds(env: Env): void {
  const cases: [string, Filter<Item>, string[]][] = [
    ['equality', { kind: 'printer' }, ['a', 'b', 'g']],
    ['eq', { kind: { eq: 'scanner' } }, ['c', 'd']],
    ['two fields (and)', { kind: 'printer', flag: false }, ['b']],
    ['null matches null and missing', { n: null }, ['d', 'e']],
    ['eq null matches null and missing', { n: { eq: null } }, ['d', 'e']],
    ['ne (MongoDB $ne: also documents without the field)', { n: { ne: 1 } }, ['b', 'c', 'd', 'e', 'f', 'g']],
    ['ne on strings', { kind: { ne: 'printer' } }, ['c', 'd', 'e', 'f']],
    ['ne null: the field is present and not null', { n: { ne: null } }, ['a', 'b', 'c', 'f', 'g']],
    ['in', { kind: { in: ['scanner', 'copier'] } }, ['c', 'd', 'e', 'f']],
    ['in with null also matches missing', { n: { in: [1, null] } }, ['a', 'd', 'e']],
    ['empty in matches nothing', { kind: { in: [] } }, []],
    ['gt + lte combined', { n: { gt: 1, lte: 5 } }, ['b', 'c', 'g']],
    ['gte', { n: { gte: 10 } }, ['f']],
    ['lt on instants (text)', { at: { lt: '2026-02-01T00:00:00.000Z' } }, ['a']],
    ['a text bound never matches numbers', { n: { lt: 'zzz' } }, []],
    ['a number bound never matches text', { kind: { gt: 0 } }, []],
    ['dotted path range', { 'sla.nextDueAt': { lte: '2026-01-31T00:00:00.000Z' } }, ['a']],
    ['dotted path equality', { 'sla.level': 2 }, ['g']],
    ['dotted path null: null, or no such path', { 'sla.nextDueAt': null }, ['b', 'c', 'd', 'e', 'f']],
    ['boolean true', { flag: true }, ['a', 'c']],
    ['boolean false', { flag: false }, ['b', 'e']],
    ['boolean ne true', { flag: { ne: true } }, ['b', 'd', 'e', 'f', 'g']],
    ['id', { id: 'b' }, ['b']],
    ['id in', { id: { in: ['a', 'c', 'zz'] } }, ['a', 'c']],
    ['id range', { id: { gte: 'e' } }, ['e', 'f', 'g']],
    ['nested and', { kind: 'printer', and: [{ n: { gte: 2 } }, { and: [{ flag: false }] }] }, ['b']],
    ['and on the same field', { and: [{ n: { gte: 2 } }, { n: { lte: 3 } }] }, ['b', 'c']],
    ['an undefined condition is no condition', { kind: undefined, flag: true }, ['a', 'c']],
    ['a value is only ever a value', { kind: "printer' OR 1=1 --" }, []],
    ['has: an array holding the value', { tags: { has: 'x' } }, ['a', 'c']],
    ['has with another field', { tags: { has: 'x' }, kind: 'scanner' }, ['c']],
    ['has: no array holds it', { tags: { has: 'nope' } }, []],
  ];
  test.each(cases)('%s', async (_title, filter, expected) => {
    expect(await idsOf(env.items, filter)).toEqual(expected);
    expect(await env.items.count(filter)).toBe(expected.length);
  });

  test('count without a filter counts everything', async () => {
    expect(await env.items.count()).toBe(FILTER_FIXTURE.length);
  });

  test('findOne returns the first match in id order, or null', async () => {
    expect((await env.items.findOne({ kind: 'scanner' }))?.id).toBe('c');
    expect(await env.items.findOne({ kind: 'fax' })).toBeNull();
  });

  test('orderBy sorts ascending and descending, ties broken by id in the same direction', async () => {
    const asc = await env.items.find({}, { orderBy: { field: 'kind' } });
    expect(asc.items.map((i) => i.id)).toEqual(['e', 'f', 'a', 'b', 'g', 'c', 'd']);
    const desc = await env.items.find({}, { orderBy: { field: 'kind', direction: 'desc' } });
    expect(desc.items.map((i) => i.id)).toEqual(['d', 'c', 'g', 'b', 'a', 'f', 'e']);
  });

  test('null and missing sort first ascending, last descending', async () => {
    const asc = await env.items.find({}, { orderBy: { field: 'n' } });
    expect(asc.items.map((i) => i.id)).toEqual(['d', 'e', 'a', 'b', 'c', 'g', 'f']);
    const desc = await env.items.find({}, { orderBy: { field: 'n', direction: 'desc' } });
    expect(desc.items.map((i) => i.id)).toEqual(['f', 'g', 'c', 'b', 'a', 'e', 'd']);
  });
}

function describeRejectedInput(env: Env): void {
  test('a malicious field path is rejected, and nothing is harmed', async () => {
    const evil = { "kind') OR 1=1 --": 'x' } as unknown as Filter<Item>;
    await expect(env.items.find(evil)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(env.items.count(evil)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const evilOrder = { orderBy: { field: 'n; DROP TABLE items' as 'n' } };
    await expect(env.items.find({}, evilOrder)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(() => env.store.collection('items"; DROP TABLE items; --')).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED' }),
    );
    expect(await env.items.count()).toBe(FILTER_FIXTURE.length);
  });

  test('a malformed condition is rejected', async () => {
    const bad = [
      { n: { gt: 1, eq: 2 } },
      { n: { in: 'a' } },
      { n: { between: 1 } },
      { n: { gt: { $where: 1 } } },
      { n: [1] },
    ];
    for (const filter of bad) {
      await expect(env.items.find(filter as unknown as Filter<Item>)).rejects.toMatchObject({
        code: 'VALIDATION_FAILED',
      });
    }
  });

  test('limits outside 1..1000 and malformed cursors are rejected', async () => {
    for (const limit of [0, 1001, 2.5]) {
      await expect(env.items.find({}, { limit })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    }
    for (const cursor of ['not-a-cursor!', Buffer.from('{"a":1}').toString('base64url')]) {
      await expect(env.items.find({}, { cursor })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    }
  });
}

/** 23 documents of kind k with n = i % 4, n missing on every fifth, and 3 of another kind that must never show. */
function rankedFixture(): NewDoc<Item>[] {
  const docs: NewDoc<Item>[] = [];
  for (let i = 0; i < 23; i += 1)
    docs.push(i % 5 === 0 ? { id: `k${pad(i)}`, kind: 'k' } : { id: `k${pad(i)}`, kind: 'k', n: i % 4 });
  for (let i = 0; i < 3; i += 1) docs.push({ id: `x${pad(i)}`, kind: 'x', n: 1 });
  return docs;
}

function expectedOrder(docs: NewDoc<Item>[], direction: 'asc' | 'desc'): string[] {
  const rank = (d: NewDoc<Item>) => ((d.n ?? null) === null ? -Infinity : (d.n as number));
  const asc = docs
    .filter((d) => d.kind === 'k')
    .sort((x, y) => rank(x) - rank(y) || (x.id < y.id ? -1 : 1))
    .map((d) => d.id);
  return direction === 'asc' ? asc : asc.reverse();
}

function describePages(env: Env): void {
  test.each(['asc', 'desc'] as const)(
    'keyset pages (%s, ties and nulls) visit every match once, in order',
    async (direction) => {
      const docs = rankedFixture();
      await insertAll(env.items, docs);
      const walked = await walkPages(env.items, { kind: 'k' }, { orderBy: { field: 'n', direction }, limit: 4 });
      expect(walked.ids).toEqual(expectedOrder(docs, direction));
      expect(walked.pages).toBe(6);
    },
  );

  test('pages by id (the default order) end with a null cursor, even on an exact multiple', async () => {
    await insertAll(
      env.items,
      Array.from({ length: 8 }, (_, i) => ({ id: `p${pad(i)}`, kind: 'p' })),
    );
    const first = await env.items.find({}, { limit: 4 });
    expect(first.items.map((i) => i.id)).toEqual(['p000', 'p001', 'p002', 'p003']);
    expect(first.nextCursor).not.toBeNull();
    const second = await env.items.find({}, { limit: 4, cursor: first.nextCursor });
    expect(second.items.map((i) => i.id)).toEqual(['p004', 'p005', 'p006', 'p007']);
    expect(second.nextCursor).toBeNull();
  });

  test('the default page is 50 items', async () => {
    await insertAll(
      env.items,
      Array.from({ length: 60 }, (_, i) => ({ id: `p${pad(i)}`, kind: 'p' })),
    );
    const first = await env.items.find();
    expect(first.items).toHaveLength(50);
    const rest = await env.items.find({}, { cursor: first.nextCursor });
    expect(rest.items.map((i) => i.id)).toEqual(Array.from({ length: 10 }, (_, i) => `p${pad(50 + i)}`));
    expect(rest.nextCursor).toBeNull();
  });

  test('pages stay stable when documents are inserted and removed between them', async () => {
    const docs = rankedFixture();
    await insertAll(env.items, docs);
    const options = { orderBy: { field: 'n' as const }, limit: 5 };
    const first = await env.items.find({ kind: 'k' }, options);
    const seen = first.items.map((i) => i.id);
    await env.items.insert({ id: 'k-before', kind: 'k' }); // sorts among the nulls: already passed
    await env.items.insert({ id: 'k-after', kind: 'k', n: 3 }); // sorts ahead: must show up
    const notSeenYet = expectedOrder(docs, 'asc').filter((id) => !seen.includes(id));
    await env.items.remove(notSeenYet[3]!);
    let cursor = first.nextCursor;
    const later: string[] = [];
    while (cursor) {
      const page = await env.items.find({ kind: 'k' }, { ...options, cursor });
      later.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    }
    const expected = expectedOrder([...docs, { id: 'k-after', kind: 'k', n: 3 }], 'asc').filter(
      (id) => !seen.includes(id) && id !== notSeenYet[3],
    );
    expect(later).toEqual(expected);
    expect(later).not.toContain('k-before');
  });
}
