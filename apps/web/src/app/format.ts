import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/zh-cn';
import { citationForDisplay, citationNoteForDisplay, formatFenAsYuan, type Citation } from '@quanze/domain';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.locale('zh-cn');

/** Day boundaries and displayed times are Beijing time, whatever the browser's zone (ARCHITECTURE.md). */
export const TIME_ZONE = 'Asia/Shanghai';

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = dayjs(iso);
  return d.isValid() ? d.tz(TIME_ZONE).format('YYYY-MM-DD HH:mm:ss') : iso;
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = dayjs(iso);
  return d.isValid() ? d.tz(TIME_ZONE).format('YYYY-MM-DD') : iso;
}

/** 14:35 — or 3月5日 14:35 when not today (Beijing time). */
export function formatClock(iso: string): string {
  const d = dayjs(iso).tz(TIME_ZONE);
  if (!d.isValid()) return iso;
  const today = dayjs().tz(TIME_ZONE).format('YYYY-MM-DD');
  return d.format('YYYY-MM-DD') === today ? d.format('HH:mm') : d.format('M月D日 HH:mm');
}

/** A picker value read as Beijing wall-clock time, as an ISO string with offset (+08:00). */
export function beijingIso(value: Dayjs): string {
  return dayjs.tz(value.format('YYYY-MM-DDTHH:mm:ss'), TIME_ZONE).format();
}

/** A citation as users read it: 《law》article and the note, without the developers' sourcing marks. */
export function formatBasis(basis: Citation | null | undefined): string {
  if (!basis) return '';
  return [citationForDisplay(basis), citationNoteForDisplay(basis)].filter(Boolean).join(' ');
}

/** An amount in fen as the console shows money: 1,234.56元 (thousands grouped); '—' when there is none. */
export const yuan = (fen: number | null | undefined): string =>
  fen === null || fen === undefined ? '—' : formatFenAsYuan(fen, { grouped: true });
