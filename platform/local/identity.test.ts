// Local identity: no header is anonymous, a bad token is UNAUTHENTICATED, tokens resolve to users or unbound OPENIDs.
import type { UserDoc } from '../../core/model';
import type { Clock } from '../ports';
import { createLocalIdentity, TOKEN_LIFETIME_MS } from './identity';
import { openSqliteStore, type SqliteStore } from './sqlite-store';
import { createTokenSigner } from './tokens';

const user: Omit<UserDoc, 'version'> = {
  id: 'u-tech',
  name: '李工',
  role: 'technician',
  stationId: 'st-1',
  openid: 'o-bound',
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('local identity', () => {
  let store: SqliteStore;
  let at: Date;
  const clock: Clock = { now: () => at };
  const signer = createTokenSigner(Buffer.alloc(32, 1));
  const identity = () => createLocalIdentity({ signer, store, clock });

  beforeEach(async () => {
    at = new Date('2026-03-01T00:00:00.000Z');
    store = openSqliteStore(':memory:');
    await store.collection<UserDoc>('users').insert(user);
  });
  afterEach(() => store.close());

  test('no Authorization header is an anonymous caller', async () => {
    expect(await identity().resolve({})).toEqual({ kind: 'anonymous' });
    expect(await identity().resolve({ authorization: '  ' })).toEqual({ kind: 'anonymous' });
  });

  test('a user token resolves to that user, with role, station and openid', async () => {
    const { token, expiresAt } = await identity().issueDevToken({ userId: 'u-tech' });
    expect(expiresAt.getTime() - at.getTime()).toBe(TOKEN_LIFETIME_MS);
    expect(await identity().resolve({ authorization: `Bearer ${token}` })).toEqual({
      kind: 'user',
      userId: 'u-tech',
      role: 'technician',
      stationId: 'st-1',
      openid: 'o-bound',
    });
  });

  test('an openid token resolves to the user bound to it, else to an unbound caller', async () => {
    const bound = await identity().issueDevToken({ openid: 'o-bound' });
    expect(await identity().resolve({ authorization: `Bearer ${bound.token}` })).toMatchObject({
      kind: 'user',
      userId: 'u-tech',
    });
    const fresh = await identity().issueDevToken({ openid: 'o-new' });
    expect(await identity().resolve({ authorization: `Bearer ${fresh.token}` })).toEqual({
      kind: 'unbound',
      openid: 'o-new',
    });
  });

  test('the OPENID a client claims in the request is ignored locally', async () => {
    expect(await identity().resolve({ openid: 'o-bound' })).toEqual({ kind: 'anonymous' });
  });

  test.each([
    ['garbage', 'Bearer nonsense'],
    ['not a bearer', 'Basic dXNlcjpwYXNz'],
    ['empty bearer', 'Bearer '],
  ])('a bad header (%s) is UNAUTHENTICATED', async (_name, authorization) => {
    await expect(identity().resolve({ authorization })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
      message: '登录已失效，请重新登录',
    });
  });

  test('an expired token is UNAUTHENTICATED', async () => {
    const { token } = await identity().issueDevToken({ userId: 'u-tech' });
    at = new Date(at.getTime() + TOKEN_LIFETIME_MS + 1);
    await expect(identity().resolve({ authorization: `Bearer ${token}` })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  test('a token of a user who no longer exists is UNAUTHENTICATED', async () => {
    const { token } = await identity().issueDevToken({ userId: 'u-tech' });
    await store.collection('users').remove('u-tech');
    await expect(identity().resolve({ authorization: `Bearer ${token}` })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });
});
