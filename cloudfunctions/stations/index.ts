// The `stations` cloud function: the service stations (服务站), each covering one region.
import { list } from './list';
import { save } from './save';

export const actions = { list, save };
