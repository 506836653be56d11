/**
 * The schedule as text an administrator can paste or type, one line per holiday or working weekend:
 *   元旦 2027-01-01
 *   春节 2027-02-15~2027-02-19          (a range keeps only its weekdays: weekends are rest days anyway)
 *   上班 2027-02-07 春节调休             (调休上班: a weekend day worked)
 * The server checks the dates against the law's rules; this only turns text into the request and back.
 */
export interface ScheduleDraft {
  holidays: { name: string; dates: string[] }[];
  extraWorkdays: { date: string; name: string | null }[];
  problems: string[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const WORK_WORDS = new Set(['上班', '调休上班', '调休']);

function dayNumber(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}
function isoOf(n: number): string {
  return new Date(n * 86_400_000).toISOString().slice(0, 10);
}

/** Weekdays from `from` to `to` inclusive (a holiday range). */
function weekdaysIn(from: string, to: string): string[] {
  const out: string[] = [];
  for (let n = dayNumber(from); n <= dayNumber(to) && out.length < 40; n++) {
    const w = new Date(n * 86_400_000).getUTCDay();
    if (w !== 0 && w !== 6) out.push(isoOf(n));
  }
  return out;
}

export function parseScheduleText(text: string): ScheduleDraft {
  const draft: ScheduleDraft = { holidays: [], extraWorkdays: [], problems: [] };
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const tokens = line.split(/[\s,，、;；]+/).filter(Boolean);
    const head = tokens[0] ?? '';
    if (WORK_WORDS.has(head)) {
      const date = tokens[1] ?? '';
      if (!DATE.test(date)) draft.problems.push(`第${i + 1}行：调休上班日期应为 YYYY-MM-DD`);
      else draft.extraWorkdays.push({ date, name: tokens.slice(2).join(' ') || null });
      return;
    }
    const dates: string[] = [];
    for (const t of tokens.slice(1)) {
      const range = t.split(/~|至/);
      if (range.length === 2 && DATE.test(range[0]!) && DATE.test(range[1]!)) dates.push(...weekdaysIn(range[0]!, range[1]!));
      else if (DATE.test(t)) dates.push(t);
      else draft.problems.push(`第${i + 1}行：无法识别“${t}”，日期应为 YYYY-MM-DD 或 YYYY-MM-DD~YYYY-MM-DD`);
    }
    if (dates.length === 0) draft.problems.push(`第${i + 1}行：“${head}”没有放假日期`);
    else draft.holidays.push({ name: head, dates });
  });
  return draft;
}

export function scheduleToText(s: { holidays: { name: string; dates: string[] }[]; extraWorkdays: { date: string; name: string | null }[] }): string {
  return [
    ...s.holidays.map((h) => `${h.name.replace(/\s+/g, '')} ${h.dates.join(' ')}`),
    ...s.extraWorkdays.map((e) => `上班 ${e.date}${e.name ? ` ${e.name}` : ''}`),
  ].join('\n');
}
