// The shapes the UI receives, inferred from core's zod schemas (types only: no zod in the bundle from here).
import type { z } from 'zod';
import type {
  DemoUsersOutput,
  DeviceView,
  DeviceWarrantyOutput,
  DevLoginOutput,
  UserView,
  WarrantyView,
} from '../../core/schemas';

export type SessionUser = UserView;
export type Device = DeviceView;
export type Warranty = WarrantyView;
export type DeviceWarranty = z.infer<typeof DeviceWarrantyOutput>;
export type DevLoginResult = z.infer<typeof DevLoginOutput>;
export type DemoUser = z.infer<typeof DemoUsersOutput>['items'][number];
