// The `rosters` function: the duty roster (值班制度) per station, edited week by week, with holiday marks and swaps.
import { onDuty } from './on-duty';
import { save } from './save';
import { swap } from './swap';
import { week } from './week';

export const actions = { week, save, swap, onDuty };
