// Demo users store (local host only): the accounts the H5 sign-in page offers (auth.demoUsers, public).
import { authApi } from '../api';
import { createResource } from './resource';

export const useDemoUsersStore = createResource(async () => (await authApi.demoUsers()).items);
