// The `changes` cloud function: who changed which master-data record, field by field, and when.
import { list } from './list';

export const actions = { list };
