/**
 * Library documents and power lists in a given state, made through the API (the same path users take), for the
 * legal-basis, powers and coverage tests.
 */
import { expect } from 'vitest';
import type { Session } from './test-app.ts';

export interface LawSpec {
  title: string;
  level?: string;
  issuingBody?: string;
  publishedOn?: string | null;
  effectiveFrom?: string;
  articles: { address: { article: number; paragraph?: number | null; item?: number | null }; text: string; isPenaltyProvision?: boolean; effectiveFrom?: string }[];
}

/** A document with its articles; returns the ids (articles in the order given). */
export async function makeLaw(s: Session, spec: LawSpec): Promise<{ documentId: string; articleIds: string[] }> {
  const d = await s.request({
    method: 'POST',
    url: '/api/legal/documents',
    payload: {
      title: spec.title,
      level: spec.level ?? 'law',
      issuingBody: spec.issuingBody ?? '全国人民代表大会常务委员会',
      publishedOn: spec.publishedOn === undefined ? '2017-09-01' : spec.publishedOn,
      effectiveFrom: spec.effectiveFrom ?? '2008-06-01',
    },
  });
  expect(d.statusCode, d.body).toBe(201);
  const documentId = d.json().id as string;
  const articleIds: string[] = [];
  for (const a of spec.articles) {
    const r = await s.request({ method: 'POST', url: `/api/legal/documents/${documentId}/articles`, payload: { isPenaltyProvision: false, ...a } });
    expect(r.statusCode, r.body).toBe(201);
    articleIds.push(r.json().id as string);
  }
  return { documentId, articleIds };
}

export interface ItemSpec {
  code: string;
  category?: string;
  name?: string;
  basis: { law: string; article: string; gist?: string; articleIds?: string[] }[];
  area?: string;
  enforcementField?: string;
}

const CATEGORY_BY_PREFIX: Record<string, string> = { CF: 'penalty', XK: 'license', JC: 'inspection', QZ: 'coercion', QR: 'confirmation', JL: 'reward', QT: 'other' };

export function itemBody(spec: ItemSpec) {
  const category = spec.category ?? CATEGORY_BY_PREFIX[spec.code.slice(0, 2)] ?? 'other';
  return {
    code: spec.code,
    category,
    catalogType: '行政处罚',
    name: spec.name ?? `事项${spec.code}`,
    target: '律师',
    basis: spec.basis.map((b) => ({ gist: '', ...b })),
    departmentName: '律师工作科',
    level: '设区的市级司法局决定',
    area: spec.area ?? '320102',
    ...(spec.enforcementField ? { enforcementField: spec.enforcementField } : {}),
  };
}

/** A draft with `items`; returns the list id and the stable power id of each code. */
export async function draftWith(s: Session, items: ItemSpec[]): Promise<{ listId: string; powerIds: Record<string, string>; version: number }> {
  const l = await s.request({ method: 'POST', url: '/api/power-lists', payload: {} });
  expect(l.statusCode, l.body).toBe(201);
  const listId = l.json().id as string;
  const powerIds: Record<string, string> = {};
  for (const it of items) {
    const r = await s.request({ method: 'POST', url: `/api/power-lists/${listId}/items`, payload: itemBody(it) });
    expect(r.statusCode, r.body).toBe(201);
    powerIds[it.code] = r.json().powerId as string;
  }
  const v = await s.request({ method: 'GET', url: `/api/power-lists/${listId}` });
  return { listId, powerIds, version: v.json().version as number };
}

export async function transition(s: Session, listId: string, action: string, reason?: string) {
  const cur = await s.request({ method: 'GET', url: `/api/power-lists/${listId}` });
  return s.request({ method: 'POST', url: `/api/power-lists/${listId}/transition`, payload: { action, version: cur.json().version, ...(reason ? { reason } : {}) } });
}

/** Drafted by `drafter`, approved by `leader`, published by `drafter`. */
export async function publishList(drafter: Session, leader: Session, items: ItemSpec[]) {
  const d = await draftWith(drafter, items);
  const a = await transition(leader, d.listId, 'approve');
  expect(a.statusCode, a.body).toBe(200);
  const p = await transition(drafter, d.listId, 'publish');
  expect(p.statusCode, p.body).toBe(200);
  return d;
}

/** A new arrangement for a power, based on the current one. */
export async function assign(s: Session, powerId: string, body: { departmentId: string | null; postIds?: string[]; leaderInChargeId?: string | null; effectiveFrom?: string }) {
  const cur = await s.request({ method: 'GET', url: `/api/powers/${powerId}` });
  const open = ((cur.json().assignments ?? []) as { id: string; effectiveTo: string | null }[]).find((a) => a.effectiveTo === null);
  return s.request({ method: 'POST', url: `/api/powers/${powerId}/assignments`, payload: { postIds: [], ...body, currentAssignmentId: open?.id ?? null } });
}

/** Waits for a background import validation to finish and returns its report. */
export async function waitForImport(s: Session, url: string): Promise<Record<string, unknown>> {
  for (let i = 0; i < 200; i++) {
    const r = await s.request({ method: 'GET', url });
    expect(r.statusCode, r.body).toBe(200);
    if (r.json().status !== 'validating') return r.json();
    await new Promise((res) => setTimeout(res, 25));
  }
  throw new Error('import validation did not finish');
}
