// The `devices` function: the devices the caller may see, each with its warranty status.
import { call } from './client';
import type { Device, DeviceWarranty } from './types';

export const devicesApi = {
  list: () => call<{ items: Device[] }>('devices', 'list', {}),
  warranty: (serial: string) => call<DeviceWarranty>('devices', 'warranty', { serial }),
};
