// The `devices` function: the devices the caller may see, each with its warranty status.
import { call } from './client';

export const devicesApi = {
  list: () => call('devices', 'list', {}),
  warranty: (serial: string) => call('devices', 'warranty', { serial }),
};
