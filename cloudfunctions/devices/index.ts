// The `devices` cloud function: the devices under the service plan and their warranty status.
import { list } from './list';
import { warranty } from './warranty';

export const actions = { list, warranty };
