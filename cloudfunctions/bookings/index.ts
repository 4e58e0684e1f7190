// The `bookings` function: remote video help (远程视频指导) — free slots, booking and calls at once, cancelling and
// moving, joining the call, its outcome on the ticket's clocks, still photos, and the reminder timer.
import { book } from './book';
import { cancel } from './cancel';
import { capture } from './capture';
import { finish } from './finish';
import { join } from './join';
import { list } from './list';
import { remind } from './remind';
import { reschedule } from './reschedule';
import { slots } from './slots';

export const actions = { slots, book, list, cancel, reschedule, join, finish, capture, remind };
