// Every cloud function of AfterCare, by name: what the local host serves and scripts/build-functions bundles.
import type { FunctionConfig, FunctionDef } from './_lib/function-config';
import { actions as auth } from './auth';
import authConfig from './auth/config.json';
import { actions as devices } from './devices';
import devicesConfig from './devices/config.json';
import { actions as files } from './files';
import filesConfig from './files/config.json';
import { actions as notifications } from './notifications';
import notificationsConfig from './notifications/config.json';
import { actions as rosters } from './rosters';
import rostersConfig from './rosters/config.json';
import { actions as sla } from './sla';
import slaConfig from './sla/config.json';
import { actions as surveys } from './surveys';
import surveysConfig from './surveys/config.json';
import { actions as tickets } from './tickets';
import ticketsConfig from './tickets/config.json';

const def = (name: string, actions: FunctionDef['actions'], config: unknown): FunctionDef => ({
  name,
  actions,
  config: config as FunctionConfig,
});

export const FUNCTIONS: Record<string, FunctionDef> = {
  auth: def('auth', auth, authConfig),
  devices: def('devices', devices, devicesConfig),
  tickets: def('tickets', tickets, ticketsConfig),
  surveys: def('surveys', surveys, surveysConfig),
  files: def('files', files, filesConfig),
  notifications: def('notifications', notifications, notificationsConfig),
  rosters: def('rosters', rosters, rostersConfig),
  sla: def('sla', sla, slaConfig),
};
