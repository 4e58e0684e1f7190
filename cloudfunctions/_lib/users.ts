// Loading a user's view with its organisation and station names: shared by every auth action that answers `{ user }`.
import { userView } from '../../core/identity/user-view';
import type { UserDoc } from '../../core/model';
import type { UserView } from '../../core/schemas/auth';
import type { Db } from '../../platform/collections';

export async function loadUserView(db: Db, user: UserDoc): Promise<UserView> {
  const [customer, station] = await Promise.all([
    user.customerId ? db.customers.get(user.customerId) : null,
    user.stationId ? db.stations.get(user.stationId) : null,
  ]);
  return userView(user, customer, station);
}
