// The dev clock runs ahead of system time by an offset that tests move, and a restarted host keeps it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDevClock, systemClock } from './clock';
import { openSqliteStore } from './sqlite-store';

const base = { now: () => new Date('2026-01-01T00:00:00.000Z') };

test('the system clock is the wall clock', () => {
  const before = Date.now();
  const now = systemClock.now().getTime();
  expect(now).toBeGreaterThanOrEqual(before);
  expect(now).toBeLessThanOrEqual(Date.now());
});

test('the dev clock starts at system time and moves forward by minutes', () => {
  const clock = createDevClock(undefined, base);
  expect(clock.now().toISOString()).toBe('2026-01-01T00:00:00.000Z');
  expect(clock.advance(90).toISOString()).toBe('2026-01-01T01:30:00.000Z');
  expect(clock.offsetMs).toBe(90 * 60_000);
  expect(clock.now().toISOString()).toBe('2026-01-01T01:30:00.000Z');
  expect(() => clock.advance(Number.NaN)).toThrow(RangeError);
  expect(clock.reset().toISOString()).toBe('2026-01-01T00:00:00.000Z');
});

test('a restarted host keeps the moved time (the offset lives in the database)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aftercare-clock-'));
  try {
    const file = join(dir, 'a.db');
    const first = openSqliteStore(file);
    createDevClock(first.meta, base).advance(7 * 24 * 60);
    first.close();
    const second = openSqliteStore(file);
    const clock = createDevClock(second.meta, base);
    expect(clock.now().toISOString()).toBe('2026-01-08T00:00:00.000Z');
    second.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
