// Shared fixtures of the store contract suite: a test document type and helpers that read as the promise they check.
import type { StoredDoc } from '../../core/model';
import type { Collection, Filter, FindOptions, NewDoc, Store } from '../ports';

export interface StoreUnderTest {
  store: Store;
  cleanup(): Promise<void> | void;
}

export type MakeStore = () => Promise<StoreUnderTest>;

export interface Item extends StoredDoc {
  kind: string;
  n?: number | null;
  flag?: boolean;
  at?: string;
  sla?: { nextDueAt?: string | null; level?: number };
  tags?: string[];
  note?: string;
}

/** Seven documents covering every filter kind: missing and null fields, booleans, nested objects. */
export const FILTER_FIXTURE: NewDoc<Item>[] = [
  {
    id: 'a',
    kind: 'printer',
    n: 1,
    flag: true,
    at: '2026-01-01T00:00:00.000Z',
    sla: { nextDueAt: '2026-01-02T00:00:00.000Z', level: 1 },
    tags: ['x', 'y'],
  },
  { id: 'b', kind: 'printer', n: 2, flag: false, sla: { nextDueAt: null }, tags: [] },
  { id: 'c', kind: 'scanner', n: 3, flag: true, tags: ['x'] },
  { id: 'd', kind: 'scanner', n: null },
  { id: 'e', kind: 'copier', flag: false },
  { id: 'f', kind: 'copier', n: 10, at: '2026-03-01T00:00:00.000Z' },
  { id: 'g', kind: 'printer', n: 5, sla: { nextDueAt: '2026-02-01T00:00:00.000Z', level: 2 }, tags: ['y'] },
];

export async function insertAll(items: Collection<Item>, docs: NewDoc<Item>[]): Promise<void> {
  for (const doc of docs) await items.insert(doc);
}

/** The ids a filter selects, sorted (the order is another test's business). */
export async function idsOf(items: Collection<Item>, filter: Filter<Item>): Promise<string[]> {
  const page = await items.find(filter, { limit: 1000 });
  return page.items.map((i) => i.id).sort();
}

/** Every id, page after page, following nextCursor to the end. */
export async function walkPages(
  items: Collection<Item>,
  filter: Filter<Item>,
  options: FindOptions<Item>,
): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await items.find(filter, { ...options, cursor });
    ids.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor;
    pages += 1;
    if (pages > 1000) throw new Error('pagination does not end');
  } while (cursor);
  return { ids, pages };
}

export function pad(i: number): string {
  return String(i).padStart(3, '0');
}
