// The `devices` cloud function: the installed base — devices and their warranty, records, acceptance, history, labels.
import { accept } from './accept';
import { get } from './get';
import { history } from './history';
import { labels } from './labels';
import { list } from './list';
import { save } from './save';
import { warranty } from './warranty';

export const actions = { list, warranty, get, save, accept, history, labels };
