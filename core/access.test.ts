import { ANY_USER, IDENTIFIED, PUBLIC, checkAccess, roles } from './access';
import type { Caller } from './identity/caller';

const retired: Caller = { kind: 'user', userId: 't-9', role: 'technician', inactive: true };

test('a retired account calls nothing but public actions: 账号已停用', () => {
  for (const access of [ANY_USER, IDENTIFIED, roles('technician')]) {
    expect(() => checkAccess(access, retired, false)).toThrow(/账号已停用/);
  }
  expect(() => checkAccess(PUBLIC, retired, false)).not.toThrow();
  expect(() => checkAccess(ANY_USER, { ...retired, inactive: undefined } as Caller, false)).not.toThrow();
});
