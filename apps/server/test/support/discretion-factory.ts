/**
 * Penalty powers as the demo catalogue states them (justice-powers.json: sanctions in yuan → fen), published through
 * the API, and benchmarks saved through the API — for the discretion and portal tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { yuanToFen, type DiscretionBenchmark } from '@quanze/domain';
import { itemBody, transition } from './power-factory.ts';
import type { Session } from './test-app.ts';

interface CatalogueEntry {
  code: string;
  name: string;
  basis: { law: string; article: string; gist: string }[];
  fineMin: number | null;
  fineMax: number | null;
  fineMultipleOfIllegalIncome: [number, number] | null;
  suspensionMonthsMin: number | null;
  suspensionMonthsMax: number | null;
  otherSanctions: string[];
  hearingEligible: boolean;
  hearingCondition: string | null;
}

const CATALOGUE = JSON.parse(
  fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/seed/data/justice-powers.json'), 'utf8'),
) as CatalogueEntry[];

const fen = (yuan: number | null): number | null => (yuan === null ? null : yuanToFen(yuan));

/** The item body of a catalogue power (or a made-up one for codes not in it), with `over` on top. */
export function catalogueItem(code: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  const e = CATALOGUE.find((x) => x.code === code);
  if (!e) return { ...itemBody({ code, basis: [{ law: '中华人民共和国律师法', article: '第四十八条' }] }), ...over };
  return {
    ...itemBody({ code, name: e.name, basis: e.basis }),
    sanctions: {
      fineMinFen: fen(e.fineMin),
      fineMaxFen: fen(e.fineMax),
      multipleOfIllegalIncome: e.fineMultipleOfIllegalIncome,
      suspensionMonthsMin: e.suspensionMonthsMin,
      suspensionMonthsMax: e.suspensionMonthsMax,
      otherSanctions: e.otherSanctions,
    },
    hearingEligible: e.hearingEligible,
    hearingCondition: e.hearingCondition,
    ...over,
  };
}

/** A draft list with the items (a copy of the version in force plus these), returns its id and the power ids. */
export async function draftItems(
  drafter: Session,
  items: Record<string, unknown>[],
): Promise<{ listId: string; powerIds: Record<string, string> }> {
  const l = await drafter.request({ method: 'POST', url: '/api/power-lists', payload: {} });
  expect(l.statusCode, l.body).toBe(201);
  const listId = l.json().id as string;
  const powerIds: Record<string, string> = {};
  for (const it of items) {
    const r = await drafter.request({ method: 'POST', url: `/api/power-lists/${listId}/items`, payload: it });
    expect(r.statusCode, r.body).toBe(201);
    powerIds[it['code'] as string] = r.json().powerId as string;
  }
  return { listId, powerIds };
}

/** Drafted by `drafter`, approved by `leader`, published by `drafter`. */
export async function publishItems(drafter: Session, leader: Session, items: Record<string, unknown>[]) {
  const d = await draftItems(drafter, items);
  const a = await transition(leader, d.listId, 'approve');
  expect(a.statusCode, a.body).toBe(200);
  const p = await transition(drafter, d.listId, 'publish');
  expect(p.statusCode, p.body).toBe(200);
  return d;
}

export async function currentVersion(s: Session, powerId: string): Promise<number> {
  const r = await s.request({ method: 'GET', url: `/api/powers/${powerId}/discretion` });
  expect(r.statusCode, r.body).toBe(200);
  return r.json().version as number;
}

/** PUT a benchmark on top of the newest version. */
export async function putBenchmark(
  s: Session,
  powerId: string,
  benchmark: DiscretionBenchmark | Record<string, unknown>,
  opts: { publish?: boolean; version?: number } = {},
) {
  const version = opts.version ?? (await currentVersion(s, powerId));
  return s.request({
    method: 'PUT',
    url: `/api/powers/${powerId}/discretion`,
    payload: { benchmark, version, publish: opts.publish ?? true },
  });
}
