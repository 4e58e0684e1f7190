// The `files` function: uploads the app made to CloudBase storage become the caller's attachments.
import type { ActionMap } from '../_lib/action';
import { register } from './register';

export const actions: ActionMap = { register };
