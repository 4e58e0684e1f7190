// The `surveys` function: satisfaction surveys (满意度评价) of resolved tickets and their statistics.
import { get } from './get';
import { stats } from './stats';
import { submit } from './submit';

export const actions = { submit, get, stats };
