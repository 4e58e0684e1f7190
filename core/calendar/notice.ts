// Importing a year's arrangement from the State Council notice as published (国务院办公厅关于 N 年部分节假日安排的
// 通知): each item "二、春节：2月15日（…）至23日（…）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。" gives
// the holiday's name, its days off and its make-up working days. The admin pastes the notice, checks what was read,
// and saves it (rosters.saveHolidays).
import { addCalendarDays, type CalendarDate } from '../time';
import { holidayYearProblems, type HolidayDay } from './holidays';

export interface ParsedNotice {
  days: HolidayDay[];
  /** what could not be read or does not add up (empty: the arrangement is complete) */
  problems: string[];
}

const ITEM = /[一二三四五六七八九十]+、\s*([^：:\n]{1,20})[：:]/g;
const DATE = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/;
const UNTIL = /至\s*(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/;

const pad = (n: number) => String(n).padStart(2, '0');

/** The items of the notice: name and text, in order (the preamble and the closing words fall outside them). */
function itemsOf(text: string): { name: string; body: string }[] {
  const heads = [...text.matchAll(ITEM)];
  return heads.map((m, i) => ({
    name: m[1]!.trim(),
    body: text.slice(m.index! + m[0].length, heads[i + 1]?.index ?? text.length),
  }));
}

export function parseHolidayNotice(year: number, text: string): ParsedNotice {
  const days: HolidayDay[] = [];
  const problems: string[] = [];
  const items = itemsOf(text);
  // 元旦's days off can begin on 30 or 31 December of the year before
  const dateOf = (name: string, y: string | undefined, month: number, day: number): CalendarDate => {
    const inYear = y ? Number(y) : name.includes('元旦') && month === 12 ? year - 1 : year;
    return `${inYear}-${pad(month)}-${pad(day)}`;
  };
  for (const { name, body } of items) {
    let off = 0;
    for (const sentence of body.split(/[。；;，,\n]/)) {
      const start = DATE.exec(sentence);
      if (!start) continue;
      if (sentence.includes('放假')) {
        const first = dateOf(name, start[1], Number(start[2]), Number(start[3]));
        const until = UNTIL.exec(sentence.slice(start.index + start[0].length));
        const last = until ? dateOf(name, until[1] ?? start[1], Number(until[2] ?? start[2]), Number(until[3])) : first;
        for (let d = first, n = 0; d <= last && n < 31; d = addCalendarDays(d, 1), n++) {
          days.push({ date: d, kind: 'holiday', name });
          off++;
        }
      } else if (sentence.includes('上班')) {
        for (const m of sentence.matchAll(new RegExp(DATE, 'g'))) {
          days.push({ date: dateOf(name, m[1], Number(m[2]), Number(m[3])), kind: 'makeup', name });
        }
      }
    }
    if (off === 0) problems.push(`「${name}」未能识别放假日期`);
  }
  if (!items.length) problems.push('未能识别通知内容：应为「一、元旦：1月1日……放假……」的格式');
  const inYear = days.filter((d) => d.date.startsWith(`${year}-`)).sort((a, b) => a.date.localeCompare(b.date));
  for (const d of days) {
    if (!d.date.startsWith(`${year}-`))
      problems.push(`${d.date}（${d.name}）属于 ${d.date.slice(0, 4)} 年，请在该年录入`);
  }
  return { days: inYear, problems: [...problems, ...(items.length ? holidayYearProblems(year, inYear) : [])] };
}
