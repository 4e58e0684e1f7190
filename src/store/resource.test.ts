// The loading rules every list and detail on screen follows: old data stays while reloading and after a failure,
// and only the newest request's answer lands.
import { ApiError } from '../api/api-error';
import { createResource, IDLE, keyedLoaders, loader, type Resource } from './resource';

/** A request answered (or failed) when the test says. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function held<T>() {
  let state: Resource<T> = IDLE;
  const it = loader<T>(
    () => state,
    (patch) => {
      state = { ...state, ...patch };
    },
  );
  return { it, now: () => state };
}

test('a load goes loading → ready with the answer', async () => {
  const { it, now } = held<string[]>();
  const answer = deferred<string[]>();
  const done = it.load(() => answer.promise);
  expect(now()).toEqual({ data: null, status: 'loading', error: null });
  answer.resolve(['a']);
  expect(await done).toEqual(['a']);
  expect(now()).toEqual({ data: ['a'], status: 'ready', error: null });
});

test('a refresh keeps the old data on screen while loading and after it fails', async () => {
  const { it, now } = held<string[]>();
  await it.load(async () => ['old']);
  const answer = deferred<string[]>();
  const done = it.load(() => answer.promise);
  expect(now()).toMatchObject({ data: ['old'], status: 'loading' });
  answer.reject(new ApiError('NETWORK', '网络不稳定，请稍后重试'));
  expect(await done).toBeUndefined();
  expect(now()).toMatchObject({ data: ['old'], status: 'error', error: { code: 'NETWORK' } });
});

test('a retry after a failure clears the error and lands the answer', async () => {
  const { it, now } = held<number>();
  await it.load(() => Promise.reject(new ApiError('NETWORK', '网络不稳定')));
  expect(now().status).toBe('error');
  await it.load(async () => 7);
  expect(now()).toEqual({ data: 7, status: 'ready', error: null });
});

test('anything thrown that is not an ApiError shows as UNAVAILABLE', async () => {
  const { it, now } = held<number>();
  await it.load(() => Promise.reject(new TypeError('x is undefined')));
  expect(now().error).toMatchObject({ code: 'UNAVAILABLE' });
});

test('a late answer to an older request never overwrites a newer one', async () => {
  const { it, now } = held<string>();
  const older = deferred<string>();
  const newer = deferred<string>();
  const first = it.load(() => older.promise);
  const second = it.load(() => newer.promise);
  newer.resolve('newer');
  await second;
  older.resolve('older');
  expect(await first).toBeUndefined();
  expect(now()).toMatchObject({ data: 'newer', status: 'ready' });
});

test('a late failure of an older request does not mark a newer answer as failed', async () => {
  const { it, now } = held<string>();
  const older = deferred<string>();
  const first = it.load(() => older.promise);
  await it.load(async () => 'newer');
  older.reject(new ApiError('NETWORK', '网络不稳定'));
  await first;
  expect(now()).toEqual({ data: 'newer', status: 'ready', error: null });
});

test("a move's answer put in the meantime wins over a load that was already under way", async () => {
  const { it, now } = held<{ v: number }>();
  const poll = deferred<{ v: number }>();
  const polling = it.load(() => poll.promise);
  it.put({ v: 2 });
  expect(now()).toEqual({ data: { v: 2 }, status: 'ready', error: null });
  poll.resolve({ v: 1 });
  expect(await polling).toBeUndefined();
  expect(now().data).toEqual({ v: 2 });
});

test('the next page is folded into the data held when it arrives, the status untouched', async () => {
  const { it, now } = held<string[]>();
  await it.load(async () => ['a']);
  const page = deferred<string[]>();
  const more = it.extend(async () => {
    const items = await page.promise;
    return (data) => [...(data ?? []), ...items];
  });
  expect(now()).toMatchObject({ status: 'ready' });
  page.resolve(['b']);
  expect(await more).toEqual(['a', 'b']);
  expect(now()).toEqual({ data: ['a', 'b'], status: 'ready', error: null });
});

test('a refresh started while a next page is under way drops that page', async () => {
  const { it, now } = held<string[]>();
  await it.load(async () => ['a']);
  const page = deferred<string[]>();
  const more = it.extend(async () => {
    const items = await page.promise;
    return (data) => [...(data ?? []), ...items];
  });
  await it.load(async () => ['fresh']);
  page.resolve(['b']);
  expect(await more).toBeUndefined();
  expect(now().data).toEqual(['fresh']);
});

test('a failed next page keeps the list and its status, and says why', async () => {
  const { it, now } = held<string[]>();
  await it.load(async () => ['a']);
  await it.extend(() => Promise.reject(new ApiError('NETWORK', '网络不稳定')));
  expect(now()).toMatchObject({ data: ['a'], status: 'ready', error: { code: 'NETWORK' } });
});

test('after a reset (sign-out) an answer still under way does not come back', async () => {
  const records: Record<string, Resource<string>> = {};
  const loaders = keyedLoaders<string>(
    (key) => records[key],
    (key, patch) => {
      records[key] = { ...(records[key] ?? IDLE), ...patch };
    },
  );
  const answer = deferred<string>();
  const loading = loaders.of('tk_1').load(() => answer.promise);
  await loaders.of('tk_2').load(async () => 'two');
  loaders.reset();
  for (const key of Object.keys(records)) delete records[key];
  answer.resolve('one');
  await loading;
  expect(records).toEqual({});
});

test('keys load independently: a newer request for one key does not drop another key', async () => {
  const records: Record<string, Resource<string>> = {};
  const loaders = keyedLoaders<string>(
    (key) => records[key],
    (key, patch) => {
      records[key] = { ...(records[key] ?? IDLE), ...patch };
    },
  );
  const one = deferred<string>();
  const loading = loaders.of('a').load(() => one.promise);
  await loaders.of('b').load(async () => 'b');
  one.resolve('a');
  await loading;
  expect(records.a).toMatchObject({ data: 'a', status: 'ready' });
  expect(records.b).toMatchObject({ data: 'b', status: 'ready' });
});

test('a resource store refreshes, tells onLoad of each answer that lands, and resets', async () => {
  const seen: number[] = [];
  let next = 0;
  const useCounter = createResource(
    async () => ++next,
    (n) => seen.push(n),
  );
  expect(useCounter.getState()).toMatchObject({ data: null, status: 'idle' });
  await useCounter.getState().refresh();
  await useCounter.getState().refresh();
  expect(useCounter.getState()).toMatchObject({ data: 2, status: 'ready', error: null });
  expect(seen).toEqual([1, 2]);
  useCounter.getState().reset();
  expect(useCounter.getState()).toMatchObject({ data: null, status: 'idle', error: null });
});

test('a resource store does not tell onLoad of an answer that was overtaken', async () => {
  const seen: string[] = [];
  const answers = [deferred<string>(), deferred<string>()];
  let calls = 0;
  const useThing = createResource(
    () => answers[calls++]!.promise,
    (s) => seen.push(s),
  );
  const first = useThing.getState().refresh();
  const second = useThing.getState().refresh();
  answers[1]!.resolve('newer');
  await second;
  answers[0]!.resolve('older');
  await first;
  expect(seen).toEqual(['newer']);
  expect(useThing.getState().data).toBe('newer');
});
