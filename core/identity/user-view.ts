// What the app is told about the signed-in user (auth.me): role, organisation or station, bound or not.
import type { CustomerDoc, StationDoc, UserDoc } from '../model';
import type { UserView } from '../schemas/auth';

export function userView(user: UserDoc, customer?: CustomerDoc | null, station?: StationDoc | null): UserView {
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    bound: true,
    ...(user.phone ? { phone: user.phone } : {}),
    ...(user.customerId ? { customerId: user.customerId, customerName: customer?.name ?? '' } : {}),
    ...(user.stationId ? { stationId: user.stationId, stationName: station?.name ?? '' } : {}),
    ...(user.skills ? { skills: user.skills } : {}),
  };
}

export function unboundUserView(openid: string): UserView {
  return { id: null, name: '微信用户', role: null, bound: false, openid };
}
