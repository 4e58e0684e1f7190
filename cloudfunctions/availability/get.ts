// availability.get: an expert's published hours for remote video help (their own; an admin: anyone's).
import { API } from '../../core/api';
import { action } from '../_lib/action';
import { helperOf } from './target';
import { availabilityView } from './view';

export const get = action(API.availability.get, async function get({ userId }, ctx) {
  const user = await helperOf(ctx, userId);
  return { availability: await availabilityView(ctx, user, await ctx.db.availability.get(user.id)) };
});
