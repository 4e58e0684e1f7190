// The `surveys` function: satisfaction surveys (满意度评价) of resolved tickets and their statistics.
import type { ActionMap } from '../_lib/action';
import { get } from './get';
import { stats } from './stats';
import { submit } from './submit';

export const actions: ActionMap = { submit, get, stats };
