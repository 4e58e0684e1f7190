// auth.demoUsers: the users a visitor can sign in as on the local host's login page — local host only.
import { AppError } from '../../core/errors';
import { DemoUsersInput, DemoUsersOutput } from '../../core/schemas/auth';
import { action } from '../_lib/action';

const ROLE_ORDER = ['customer', 'technician', 'expert', 'dispatcher', 'admin'];

export const demoUsers = action(
  {
    input: DemoUsersInput,
    output: DemoUsersOutput,
    access: { kind: 'public' },
    summary: '本地主机：可登录的演示用户列表',
  },
  async (_input, ctx) => {
    if (!ctx.identity.issueDevToken) throw new AppError('FORBIDDEN', '演示登录仅在本地主机可用');
    const [users, customers, stations] = await Promise.all([
      ctx.db.users.find({}, { limit: 200 }),
      ctx.db.customers.find({}, { limit: 200 }),
      ctx.db.stations.find({}, { limit: 200 }),
    ]);
    const orgName = new Map([...customers.items, ...stations.items].map((o) => [o.id, o.name]));
    const items = users.items
      .map((u) => ({
        id: u.id,
        name: u.name,
        role: u.role,
        organisation: orgName.get(u.customerId ?? u.stationId ?? '') ?? (u.role === 'expert' ? '专家组' : '服务中心'),
      }))
      .sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.id.localeCompare(b.id));
    return { items };
  },
);
