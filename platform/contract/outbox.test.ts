// Outbox ids: one per dedupe key (so a message stored twice is stored once), readable and in ticket order when the key
// is plain, hashed otherwise, and never longer than the 64 characters clients may send back.
import { outboxIdOf } from './outbox';

const message = (dedupeKey?: string) => ({
  to: 'c-1001',
  template: 't',
  title: 't',
  body: 'b',
  ...(dedupeKey ? { dedupeKey } : {}),
});

test('a plain dedupe key is the id; messages of later tickets sort after earlier ones', () => {
  const early = outboxIdOf(message('queued:tk_00mio1x2a3f0c1d2e3f4:d-3001:2'));
  const late = outboxIdOf(message('queued:tk_00mio1x2b9a8b7c6d5e4:d-3001:2'));
  expect(early).toBe('k_queued_ctk__00mio1x2a3f0c1d2e3f4_cd-3001_c2');
  expect(early).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(early < late).toBe(true);
  expect(outboxIdOf(message('queued:tk_00mio1x2a3f0c1d2e3f4:d-3001:2'))).toBe(early);
});

test('long or unusual keys are hashed, and the two forms cannot meet', () => {
  const long = outboxIdOf(message(`sla:${'x'.repeat(80)}`));
  const odd = outboxIdOf(message('评价:tk_1'));
  for (const id of [long, odd]) expect(id).toMatch(/^d_[0-9a-f]{40}$/);
  expect(outboxIdOf(message('k'.repeat(62)))).toHaveLength(64);
  expect(outboxIdOf(message('k'.repeat(63)))).toMatch(/^d_/);
  // escaping keeps distinct keys apart: "a:b" and "a_cb" would meet without the doubled underscore
  expect(outboxIdOf(message('a:b'))).not.toBe(outboxIdOf(message('a_cb')));
  expect(outboxIdOf(message('a.b'))).not.toBe(outboxIdOf(message('a_db')));
});

test('a message without a dedupe key gets a fresh id each time', () => {
  expect(outboxIdOf(message())).not.toBe(outboxIdOf(message()));
});
