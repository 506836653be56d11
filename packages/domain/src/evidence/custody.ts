/**
 * Chain of custody (保管链) of an evidence item: every collection, hand-over, check-out and return is an appended
 * event; nothing is changed or removed — a mistake is put right by a correction event that names the event it
 * corrects. The chain is valid when it starts with the collection, holders follow on from each other, a check-out
 * is returned before the next one, and time never runs backwards.
 */
import { allowed, refuse, type EvidenceCheck } from './result.ts';
import { CUSTODY_CHAIN } from './sources.ts';

export const CUSTODY_KINDS = ['collected', 'handedOver', 'checkedOut', 'returned', 'correction'] as const;
export type CustodyKind = (typeof CUSTODY_KINDS)[number];
export const CUSTODY_KIND_LABELS: Record<CustodyKind, string> = {
  collected: '收集入卷',
  handedOver: '移交保管',
  checkedOut: '调用借出',
  returned: '归还',
  correction: '更正',
};

export interface CustodyEvent {
  seq: number;
  kind: CustodyKind;
  fromHolder: string | null;
  toHolder: string;
  reason: string;
  at: string;
  /** For a correction: the seq of the event it corrects (its holder and reason are replaced in the effective chain). */
  correctsSeq: number | null;
}

export interface CustodyState {
  holder: string | null;
  /** Who has it out, and the holder it returns to, while checked out. */
  checkedOut: { by: string; returnTo: string } | null;
  events: number;
}

/** The chain as it reads after corrections (each correction replaces holder and reason of the event it names). */
export function effectiveChain(events: readonly CustodyEvent[]): CustodyEvent[] {
  const base = events.filter((e) => e.kind !== 'correction').map((e) => ({ ...e }));
  for (const c of events.filter((e) => e.kind === 'correction')) {
    const target = base.find((e) => e.seq === c.correctsSeq);
    if (target) {
      target.toHolder = c.toHolder;
      target.reason = c.reason;
      if (c.fromHolder !== null) target.fromHolder = c.fromHolder;
    }
  }
  return base;
}

export function custodyState(events: readonly CustodyEvent[]): CustodyState {
  let holder: string | null = null;
  let checkedOut: CustodyState['checkedOut'] = null;
  for (const e of effectiveChain(events)) {
    if (e.kind === 'checkedOut') checkedOut = { by: e.toHolder, returnTo: holder ?? '' };
    if (e.kind === 'returned') checkedOut = null;
    holder = e.toHolder;
  }
  return { holder, checkedOut, events: events.length };
}

export type NewCustodyEvent = Omit<CustodyEvent, 'seq' | 'fromHolder'>;

/** May `next` be appended to `chain`? fromHolder is derived from the chain (the current holder). */
export function checkCustodyEvent(chain: readonly CustodyEvent[], next: NewCustodyEvent): EvidenceCheck {
  const bad = (reason: string) => refuse('CUSTODY_CHAIN', reason, CUSTODY_CHAIN);
  if (next.reason.trim() === '') return bad('请填写事由');
  if (next.toHolder.trim() === '') return bad('请填写接收人（保管人）');
  const last = chain.at(-1);
  if (last && Date.parse(next.at) < Date.parse(last.at)) return bad('保管记录的时间不能早于上一条记录');
  const state = custodyState(chain);
  if (chain.length === 0) return next.kind === 'collected' ? allowed : bad('保管链应以“收集入卷”开始');
  switch (next.kind) {
    case 'collected':
      return bad('该证据已登记收集，不能重复收集；如有错误请更正原记录');
    case 'handedOver':
      if (state.checkedOut) return bad(`证据已由${state.checkedOut.by}调用借出，归还后才能移交`);
      if (next.toHolder === state.holder) return bad('接收人与当前保管人相同');
      return allowed;
    case 'checkedOut':
      if (state.checkedOut) return bad(`证据已由${state.checkedOut.by}调用借出，尚未归还`);
      return allowed;
    case 'returned':
      if (!state.checkedOut) return bad('证据未被借出，无需归还');
      if (next.toHolder !== state.checkedOut.returnTo) return bad(`应归还给借出前的保管人${state.checkedOut.returnTo}`);
      return allowed;
    case 'correction': {
      const target = chain.find((e) => e.seq === next.correctsSeq);
      if (!target) return bad('请指明要更正的保管记录');
      if (target.kind === 'correction') return bad('请更正原记录，而不是更正记录');
      return allowed;
    }
  }
}

/** Problems of a whole chain as stored (for the verifier and the UI); empty when valid. */
export function validateCustodyChain(events: readonly CustodyEvent[]): string[] {
  const problems: string[] = [];
  const seen: CustodyEvent[] = [];
  for (const e of events) {
    const check = checkCustodyEvent(seen, e);
    if (!check.ok) problems.push(`第${e.seq}条：${check.reason}`);
    if (e.kind !== 'correction' && seen.length > 0 && e.fromHolder !== custodyState(seen).holder) {
      problems.push(`第${e.seq}条：移出人与上一保管人不一致`);
    }
    seen.push(e);
  }
  return problems;
}
