// The `tickets` function: the service journey — report, route, accept/reject, on site, resolve, confirm, reopen, assign, take.
import { accept } from './accept';
import { arrive } from './arrive';
import { assign } from './assign';
import { attachPlan } from './attach-plan';
import { autoClose } from './auto-close';
import { cancel } from './cancel';
import { candidates } from './candidates';
import { confirm } from './confirm';
import { get } from './get';
import { goOnsite } from './go-onsite';
import { list } from './list';
import { pause } from './pause';
import { reject } from './reject';
import { reopen } from './reopen';
import { report } from './report';
import { reportFor } from './report-for';
import { reportFile } from './report-file';
import { resolve } from './resolve';
import { resume } from './resume';
import { take } from './take';

export const actions = {
  report,
  reportFor,
  get,
  list,
  accept,
  reject,
  goOnsite,
  arrive,
  resolve,
  confirm,
  reopen,
  cancel,
  assign,
  take,
  candidates,
  reportFile,
  pause,
  resume,
  attachPlan,
  autoClose,
};
