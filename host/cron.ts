// CloudBase timer-trigger cron (7 fields: second minute hour day month weekday year, in Beijing time) → next run times.
import parser from 'cron-parser';

export interface CronSchedule {
  /** the first run strictly after `after`, or null when the year field allows no more */
  nextAfter(after: Date): Date | null;
}

// CloudBase accepts years 1970–2099.
const YEAR_LIMIT = 2099;

/** Parses the 7-field expression of a CloudBase function's config.json trigger; throws on a malformed one. */
export function parseCloudbaseCron(expression: string): CronSchedule {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 7)
    throw new Error(`cron "${expression}": CloudBase timers take 7 fields (sec min hour day month weekday year)`);
  const sixFields = fields.slice(0, 6).join(' ');
  const years = parseYears(fields[6]!);
  // Validate the first six fields now, not at the first run.
  parser.parseExpression(sixFields, { tz: 'Asia/Shanghai' });
  return {
    nextAfter(after: Date): Date | null {
      const iterator = parser.parseExpression(sixFields, { currentDate: after, tz: 'Asia/Shanghai' });
      for (let guard = 0; guard < 10_000; guard += 1) {
        const next = iterator.next().toDate();
        const year = Number(new Date(next.getTime() + 8 * 3_600_000).toISOString().slice(0, 4));
        if (year > YEAR_LIMIT) return null;
        if (years(year)) return next;
      }
      return null;
    },
  };
}

/** The year field: `*`, a year, a range `2026-2030`, or a comma list of those. */
function parseYears(field: string): (year: number) => boolean {
  if (field === '*') return () => true;
  const parts = field.split(',').map((part) => {
    const m = /^(\d{4})(?:-(\d{4}))?$/.exec(part);
    if (!m) throw new Error(`cron year field "${field}" is not *, YYYY, YYYY-YYYY or a list of those`);
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    return [from, to] as const;
  });
  return (year) => parts.some(([from, to]) => year >= from && year <= to);
}
