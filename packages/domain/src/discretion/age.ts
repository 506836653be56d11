/**
 * 周岁 at the time of the act, for 行政处罚法 第三十条. "已满N周岁" starts the day after the Nth birthday
 * (法释〔2006〕1号 第二条, applied by analogy [S]); a 29 February birthday falls on 28 February in common years
 * (民法典 第二百零二条: no corresponding day → the last day of the month). Dates are ISO YYYY-MM-DD.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function parse(date: string): [number, number, number] {
  const m = ISO.exec(date);
  if (!m) throw new RangeError(`日期格式应为YYYY-MM-DD：${date}`);
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const dim = mo === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31;
  if (mo < 1 || mo > 12 || d < 1 || d > dim) throw new RangeError(`日期不存在：${date}`);
  return [y, mo, d];
}

/** The Nth birthday as the law counts it (month-end rule for 29 February). */
function birthdayIn(year: number, month: number, day: number): [number, number] {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && day === 29 && !leap ? [2, 28] : [month, day];
}

/** Completed years of age on `actDate`: the day of the birthday itself still counts as the younger age. */
export function ageInFullYears(birthDate: string, actDate: string): number {
  const [by, bm, bd] = parse(birthDate);
  const [ay, am, ad] = parse(actDate);
  if (ay * 10000 + am * 100 + ad < by * 10000 + bm * 100 + bd) throw new RangeError('行为日期早于出生日期');
  const [m, d] = birthdayIn(ay, bm, bd);
  const afterBirthday = am > m || (am === m && ad > d);
  return Math.max(0, ay - by - (afterBirthday ? 0 : 1));
}
