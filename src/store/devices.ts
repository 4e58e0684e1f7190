// Devices store: the caller's devices with warranty status (devices.list), loaded on demand and refreshable; `reset`
// forgets them (sign-out: the next account must not see these).
import { devicesApi, type Device } from '../api';
import { createResource, type Resource } from './resource';

export const useDevicesStore = createResource(async () => (await devicesApi.list()).items);

const NONE: Device[] = [];

/** Selector: the devices known so far (one stable empty list before the first answer). */
export const devicesOf = (s: Resource<Device[]>): Device[] => s.data ?? NONE;
