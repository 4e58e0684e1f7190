// The barrier really waits for the sync: with fsync held back, a write's barrier stays pending until the sync is done.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from './sqlite-store';

test('an acknowledgement waits for the fsync that covers its write', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'aftercare-gcw-'));
  const held: ((e: NodeJS.ErrnoException | null) => void)[] = [];
  const store = openSqliteStore(join(dir, 'w.db'), {
    durability: 'group',
    syncFile: (_fd, done) => void held.push(done),
  });
  try {
    await store.collection('things').insert({ id: 'a' } as never);
    let done = false;
    const first = store.durable(0).then(() => (done = true));
    const second = store.durable(0);
    await new Promise((r) => setTimeout(r, 20));
    expect(done).toBe(false);
    // the two barriers share one sync
    expect(held).toHaveLength(1);
    held[0]!(null);
    await Promise.all([first, second]);
    expect(done).toBe(true);
    // a failed sync fails the barrier: the host answers with an error, never a false acknowledgement
    await store.collection('things').insert({ id: 'b' } as never);
    const failing = store.durable(0);
    await new Promise((r) => setTimeout(r, 5));
    held[1]!(Object.assign(new Error('EIO'), { code: 'EIO' }));
    await expect(failing).rejects.toThrow('EIO');
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
