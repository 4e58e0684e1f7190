// The `staff` cloud function: the people of the service (员工档案) — technicians, experts, dispatchers, admins.
import { list } from './list';
import { save } from './save';

export const actions = { list, save };
