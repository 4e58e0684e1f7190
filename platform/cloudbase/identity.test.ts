// CloudBase identity: the context's OPENID resolves to the bound user, else to an unbound caller; none is anonymous.
import type { UserDoc } from '../../core/model';
import { openSqliteStore, type SqliteStore } from '../local/sqlite-store';
import { createCloudbaseIdentity } from './identity';

describe('cloudbase identity', () => {
  let store: SqliteStore;
  let contextOpenid = '';
  beforeEach(async () => {
    contextOpenid = '';
    store = openSqliteStore(':memory:');
    await store.collection<UserDoc>('users').insert({
      id: 'u-c1',
      name: '客户甲',
      role: 'customer',
      customerId: 'c-1',
      openid: 'o-bound',
      createdAt: '2026-01-01T00:00:00.000Z',
    });
  });
  afterEach(() => store.close());
  const identity = () => createCloudbaseIdentity({ store, contextOpenid: () => contextOpenid });

  test('a bound OPENID is that user', async () => {
    expect(await identity().resolve({ openid: 'o-bound' })).toEqual({
      kind: 'user',
      userId: 'u-c1',
      role: 'customer',
      customerId: 'c-1',
      openid: 'o-bound',
    });
  });

  test('an OPENID nobody is bound to is an unbound caller', async () => {
    expect(await identity().resolve({ openid: 'o-new' })).toEqual({ kind: 'unbound', openid: 'o-new' });
  });

  test('without an OPENID in the request, the invocation context is asked', async () => {
    contextOpenid = 'o-bound';
    expect(await identity().resolve({})).toMatchObject({ kind: 'user', userId: 'u-c1' });
  });

  test('no OPENID anywhere (a timer, a server call) is anonymous; bearer headers mean nothing here', async () => {
    expect(await identity().resolve({ authorization: 'Bearer whatever' })).toEqual({ kind: 'anonymous' });
    expect(identity().issueDevToken).toBeUndefined();
  });
});
