// App-wide constants: the service hotline, storage keys and the words for roles.
import type { Role } from '../core/model';

/** The service plan's 7×24 hotline (configurable per deployment later; auth.me may carry it). */
export const HOTLINE = '400-820-8820';

/** Where the H5 build keeps its bearer token (Taro storage: localStorage on H5). */
export const TOKEN_STORAGE_KEY = 'aftercare.token';

export const ROLE_LABELS: Record<Role, string> = {
  customer: '客户',
  technician: '工程师',
  expert: '专家',
  dispatcher: '调度',
  admin: '管理员',
};

/** The order roles are listed in (login page). */
export const ROLE_ORDER: readonly Role[] = ['customer', 'technician', 'expert', 'dispatcher', 'admin'];
