// The `notifications` function: every role's notification centre and the WeChat subscription grants.
import { grant } from './grant';
import { list } from './list';
import { read } from './read';
import { templates } from './templates';
import { unread } from './unread';

export const actions = { list, read, unread, grant, templates };
