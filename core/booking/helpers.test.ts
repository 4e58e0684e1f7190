import { isRemoteHelper } from './helpers';

test('experts and technicians flagged remoteHelp take video bookings; nobody retired, nobody else', () => {
  expect(isRemoteHelper({ role: 'expert' })).toBe(true);
  expect(isRemoteHelper({ role: 'technician', remoteHelp: true })).toBe(true);
  expect(isRemoteHelper({ role: 'technician' })).toBe(false);
  expect(isRemoteHelper({ role: 'expert', active: false })).toBe(false);
  expect(isRemoteHelper({ role: 'technician', remoteHelp: true, active: false })).toBe(false);
  expect(isRemoteHelper({ role: 'dispatcher', remoteHelp: true })).toBe(false);
});
