// tickets.get: one ticket with its timeline, for those who may see it (others are told it does not exist).
import { API } from '../../core/api';
import { action } from '../_lib/action';
import { loadVisible } from '../_lib/ticket-store';
import { viewOf } from '../_lib/ticket-views';

export const get = action(API.tickets.get, async function get({ id }, ctx) {
  return { ticket: await viewOf(ctx, await loadVisible(ctx, id)) };
});
