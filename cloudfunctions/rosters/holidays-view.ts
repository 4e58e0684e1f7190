// A year's holidays and make-up days as the holiday page shows them: where they come from, each day with its
// weekday, who entered them and the version to save over.
import { holidayCalendar, holidayNotice, type HolidayYearDoc } from '../../core/calendar/holidays';
import { toWire } from '../../core/time';
import type { ActionContext } from '../_lib/context';
import { publishedHolidays } from '../_lib/holidays';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const COVERAGE_LABELS = {
  published: '国务院已公布（节假日数据包）',
  entered: '管理员录入',
  'statutory-only': '尚未发布或录入：仅按元旦、劳动节、国庆节固定日期',
} as const;

/** The year as stored now, or as just saved (`entry`). */
export async function holidaysView(ctx: ActionContext, year: number, entry?: HolidayYearDoc) {
  const doc = entry ?? (await ctx.db.holidayYears.get(String(year)));
  const calendar = holidayCalendar(publishedHolidays, doc ? [doc] : []);
  const coverage = calendar.coverage(year);
  const updatedBy = doc ? await ctx.db.users.get(doc.updatedBy) : null;
  return {
    year,
    coverage,
    coverageLabel: COVERAGE_LABELS[coverage],
    days: calendar.daysOf(year).map((d) => ({ ...d, weekday: WEEKDAYS[new Date(`${d.date}T00:00:00Z`).getUTCDay()]! })),
    source: doc?.source ?? null,
    updatedByName: doc ? (updatedBy?.name ?? doc.updatedBy) : null,
    updatedAt: doc ? toWire(doc.updatedAt) : null,
    version: doc?.version ?? null,
    notice: holidayNotice(calendar, [`${year}-01-01`]),
  };
}
