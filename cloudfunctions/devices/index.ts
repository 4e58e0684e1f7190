// The `devices` cloud function: the devices under the service plan and their warranty status.
import type { ActionMap } from '../_lib/action';
import { list } from './list';
import { warranty } from './warranty';

export const actions: ActionMap = { list, warranty };
