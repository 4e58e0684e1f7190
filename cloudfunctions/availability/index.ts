// The `availability` function: the hours experts publish for remote video help (远程视频指导).
import { get } from './get';
import { save } from './save';

export const actions = { get, save };
