// The holiday page's small rules: which year it opens on, the source an imported notice names itself by, and which
// row each of the service's problems is about.
import { businessDate } from './time-words';

/** 国办发明电〔2026〕7号: the notice's own number, the best source to keep */
const NOTICE_NO = /国办发(?:明电)?〔\d{4}〕\d+\s*号/;

/** The notice's number as its source, else 国务院办公厅通知. */
export function noticeSource(text: string): string {
  return NOTICE_NO.exec(text)?.[0] ?? '国务院办公厅通知';
}

/** A year from ?year= (2000–2100), else this one in service time. */
export function yearFrom(param: string | undefined, now: Date): number {
  const n = Number(param);
  return param && Number.isInteger(n) && n >= 2000 && n <= 2100 ? n : Number(businessDate(now).slice(0, 4));
}

/** The service's problems that start with a row's date ("2027-01-05 是工作日…"), by row key: the first one each. */
export function problemsByRow(rows: { key: string; date: string }[], problems: string[]): Record<string, string> {
  const byRow: Record<string, string> = {};
  for (const r of rows) {
    const problem = r.date ? problems.find((p) => p.startsWith(r.date)) : undefined;
    if (problem) byRow[r.key] = problem;
  }
  return byRow;
}
