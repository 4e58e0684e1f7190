// Every cloud function of AfterCare, by name: what the local host serves and scripts/build-functions bundles. Each
// function's actions are exactly its entries in the action map (core/api.ts), each bound to that entry's spec.
import { API, type ActionName, type FunctionName, type SpecOf } from '../core/api';
import type { ActionDef, ActionMap } from './_lib/action';
import type { FunctionConfig, FunctionDef } from './_lib/function-config';
import { actions as auth } from './auth';
import authConfig from './auth/config.json';
import { actions as changes } from './changes';
import changesConfig from './changes/config.json';
import { actions as customers } from './customers';
import customersConfig from './customers/config.json';
import { actions as availability } from './availability';
import availabilityConfig from './availability/config.json';
import { actions as bookings } from './bookings';
import bookingsConfig from './bookings/config.json';
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
import { actions as staff } from './staff';
import staffConfig from './staff/config.json';
import { actions as stations } from './stations';
import stationsConfig from './stations/config.json';
import { actions as surveys } from './surveys';
import surveysConfig from './surveys/config.json';
import { actions as tickets } from './tickets';
import ticketsConfig from './tickets/config.json';

/** A handler for every action of the function, and nothing else (checked by the compiler). */
type Handlers<F extends FunctionName> = { [A in ActionName<F>]: ActionDef<SpecOf<F, A>> };

function def<F extends FunctionName>(name: F, handlers: Handlers<F>, config: unknown): FunctionDef {
  const actions = handlers as unknown as ActionMap;
  for (const [action, d] of Object.entries(actions)) {
    // two actions may share schemas; each handler must still be bound to its own entry
    if (d.spec !== (API[name] as Record<string, unknown>)[action]) {
      throw new Error(`${name}.${action} is bound to another action's spec`);
    }
  }
  return { name, actions, config: config as FunctionConfig };
}

export const FUNCTIONS: Record<FunctionName, FunctionDef> = {
  auth: def('auth', auth, authConfig),
  devices: def('devices', devices, devicesConfig),
  tickets: def('tickets', tickets, ticketsConfig),
  surveys: def('surveys', surveys, surveysConfig),
  files: def('files', files, filesConfig),
  notifications: def('notifications', notifications, notificationsConfig),
  rosters: def('rosters', rosters, rostersConfig),
  sla: def('sla', sla, slaConfig),
  customers: def('customers', customers, customersConfig),
  staff: def('staff', staff, staffConfig),
  stations: def('stations', stations, stationsConfig),
  changes: def('changes', changes, changesConfig),
  bookings: def('bookings', bookings, bookingsConfig),
  availability: def('availability', availability, availabilityConfig),
};
