// auth.demoUsers: the users a visitor can sign in as on the local host's login page — local host in demo mode only.
import { API } from '../../core/api';
import { AppError } from '../../core/errors';
import { isActive } from '../../core/model';
import { action } from '../_lib/action';
import { DEMO_OFF_MESSAGE } from './demo-off';

const ROLE_ORDER = ['customer', 'technician', 'expert', 'dispatcher', 'admin'];

export const demoUsers = action(API.auth.demoUsers, async function demoUsers(_input, ctx) {
  if (!ctx.identity.issueDevToken) throw new AppError('FORBIDDEN', DEMO_OFF_MESSAGE);
  const [users, customers, stations] = await Promise.all([
    ctx.db.users.findAll(),
    ctx.db.customers.findAll(),
    ctx.db.stations.findAll(),
  ]);
  const orgName = new Map([...customers, ...stations].map((o) => [o.id, o.name]));
  const items = users
    // people who have left cannot be signed in as
    .filter(isActive)
    .map((u) => ({
      id: u.id,
      name: u.name,
      role: u.role,
      organisation: orgName.get(u.customerId ?? u.stationId ?? '') ?? (u.role === 'expert' ? '专家组' : '服务中心'),
    }))
    .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.id.localeCompare(b.id));
  return { items };
});
