/**
 * Leak scan of the whole demo portal (issue 6: "masking … zero leaks on every published page and export"): the demo
 * bureau is seeded, the 公示编辑 publishes every publishable decision through the API, and then every public endpoint
 * the portal calls is crawled. The personal data to look for is read from the database (sealed fields decrypted with
 * the seed's FieldCipher), never from a hard-coded list, so the scan follows the demo data as it changes: no ID
 * number, phone, e-mail or home address of a natural person, and no natural person's full name (other than an
 * officer's, which the certificate check shows by law), may appear in any public answer — also not with spaces or
 * dashes inserted.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { DEMO_PASSWORD } from '../src/seed/demo-data.ts';
import { seedIfEmpty } from '../src/seed/seed.ts';
import { createTestContext, sessionCookieOf, sessionFrom, type Session, type TestContext } from './support/test-app.ts';

interface Secret {
  kind: string;
  /** Whose it is (by record id or account), for the failure message. */
  owner: string;
  value: string;
}
interface Page {
  url: string;
  status: number;
  body: string;
}
interface Leak {
  url: string;
  kind: string;
  owner: string;
  value: string;
  normalised: boolean;
}

/** Separators someone could put inside a number or name to defeat a literal match. */
const normalise = (s: string) => s.replace(/[\s\-‐‑–—_·.]/g, '');

/** Every secret that occurs in a body, literally or once spaces/dashes are removed from both. */
function scan(pages: Page[], secrets: Secret[]): Leak[] {
  const leaks: Leak[] = [];
  for (const p of pages) {
    const flat = normalise(p.body);
    for (const s of secrets) {
      if (p.body.includes(s.value)) leaks.push({ url: p.url, kind: s.kind, owner: s.owner, value: s.value, normalised: false });
      else {
        const n = normalise(s.value);
        if (n.length >= 2 && flat.includes(n)) leaks.push({ url: p.url, kind: s.kind, owner: s.owner, value: s.value, normalised: true });
      }
    }
  }
  return leaks;
}

let ctx: TestContext;
let editor: Session;
const pages: Page[] = [];
const secrets: Secret[] = [];
let published: { id: string; caseId: string | null; partyKind: 'citizen' | 'organisation' }[] = [];
let nameStyle = 'surnameMou';
/** Pending decisions the queue would not let the editor publish, with why. */
const withheld: { id: string; reasons: string[] }[] = [];
let requestNo = 0;

/** A public GET as an anonymous visitor; each from its own address, so the per-IP portal limits never answer 429. */
async function visit(url: string): Promise<LightMyRequestResponse> {
  requestNo += 1;
  const res = await ctx.app.inject({ method: 'GET', url, remoteAddress: `10.66.${Math.floor(requestNo / 250)}.${(requestNo % 250) + 1}` });
  pages.push({ url, status: res.statusCode, body: res.body });
  return res;
}

/** A public POST the portal makes (code lookups); recorded like a page. */
async function submit(url: string, payload: Record<string, unknown>, label: string): Promise<LightMyRequestResponse> {
  requestNo += 1;
  const res = await ctx.app.inject({
    method: 'POST',
    url,
    payload,
    remoteAddress: `10.67.${Math.floor(requestNo / 250)}.${(requestNo % 250) + 1}`,
  });
  pages.push({ url: `${url} (${label})`, status: res.statusCode, body: res.body });
  return res;
}

async function loginDemo(username: string): Promise<Session> {
  const res = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
  expect(res.statusCode, res.body).toBe(200);
  return sessionFrom(ctx, sessionCookieOf(res), res.json());
}

type QueueItem = { id: string; caseId: string | null; partyKind: 'citizen' | 'organisation'; version: number };

async function queue(state: 'pending' | 'published'): Promise<QueueItem[]> {
  const items: QueueItem[] = [];
  for (let page = 1; ; page++) {
    const r = await editor.request({ method: 'GET', url: `/api/disclosure/queue?state=${state}&pageSize=100&page=${page}` });
    expect(r.statusCode, r.body).toBe(200);
    const q = r.json<{ items: QueueItem[]; total: number }>();
    items.push(...q.items);
    if (items.length >= q.total || q.items.length === 0) break;
  }
  return items;
}

async function publishAllPending() {
  const pending = await queue('pending');
  // The demo comes with a decision already published (seed/demo-cases.ts): it is on the portal too.
  const out: typeof published = (await queue('published')).map((i) => ({ id: i.id, caseId: i.caseId, partyKind: i.partyKind }));
  for (const item of pending) {
    const d = await editor.request({ method: 'GET', url: `/api/disclosure/items/${item.id}` });
    expect(d.statusCode, d.body).toBe(200);
    const detail = d.json<{ publishable: boolean; version: number; leaks: { kind: string }[]; refusals: { code: string }[] }>();
    if (!detail.publishable) {
      withheld.push({ id: item.id, reasons: [...detail.refusals.map((r) => r.code), ...detail.leaks.map((l) => `leak:${l.kind}`)] });
      continue;
    }
    const p = await editor.request({
      method: 'POST',
      url: `/api/disclosure/items/${item.id}/publish`,
      payload: { version: detail.version },
    });
    expect(p.statusCode, p.body).toBe(200);
    expect(p.json<{ state: string }>().state).toBe('published');
    out.push({ id: item.id, caseId: item.caseId, partyKind: item.partyKind });
  }
  return out;
}

/** The personal data of the demo bureau, read from the database; sealed fields opened with the seed's cipher. */
async function collectSecrets(): Promise<Secret[]> {
  const cipher = createFieldCipher(ctx.dataKey);
  const open = (v: string | null) => (v ? cipher.decrypt(v) : null);
  const out: Secret[] = [];
  const add = (kind: string, owner: string, value: string | null | undefined) => {
    const v = value?.trim();
    if (v) out.push({ kind, owner, value: v });
  };
  // Officers' names are public on the certificate check (行政执法证件公示); a party who shares one is not a leak.
  const officerNames = new Set((await ctx.sql(`select name from officers`)).rows.map((r) => r.name as string));
  const personName = (kind: string, owner: string, name: string | null) => {
    if (name && !officerNames.has(name)) add(kind, owner, name);
  };

  const parties = await ctx.sql(
    `select id, party_kind, party_name, party_id_sealed, party_address, party_birth_date::text as birth from penalty_cases
     union all
     select id, party_kind, party_name, party_id_sealed, party_address, party_birth_date::text from decision_publications
     where case_id is null and party_name is not null`,
  );
  for (const r of parties.rows) {
    if (r.party_kind !== 'citizen') continue;
    const owner = `当事人(案件/公示 ${r.id})`;
    // A bureau that chose to publish full names (公示设置) shows them by design; otherwise the name is masked.
    if (nameStyle !== 'full') personName('partyFullName', owner, r.party_name);
    add('partyIdNumber', owner, open(r.party_id_sealed));
    add('partyAddress', owner, r.party_address);
    if (r.birth) {
      const [y, m, d] = (r.birth as string).split('-').map(Number);
      add('partyBirthDate', owner, r.birth);
      add('partyBirthDate', owner, `${y}年${m}月${d}日`);
    }
  }
  // Witnesses and other persons in inquiry records (询问笔录): their names are never published.
  const recorded = await ctx.sql(
    `select id, record->'person'->>'name' as name, record->'person'->>'role' as role from evidence_items where record is not null`,
  );
  for (const r of recorded.rows) if (r.role !== 'party') personName('witnessName', `笔录对象(证据 ${r.id})`, r.name);

  for (const r of (await ctx.sql(`select id, name, id_card_sealed from officers`)).rows)
    add('officerIdNumber', `执法人员 ${r.name}`, open(r.id_card_sealed));
  for (const r of (await ctx.sql(`select username, mobile_sealed, id_card_sealed from users`)).rows) {
    add('userMobile', `账号 ${r.username}`, open(r.mobile_sealed));
    add('userIdNumber', `账号 ${r.username}`, open(r.id_card_sealed));
  }
  for (const r of (await ctx.sql(`select id, mobile_sealed, id_card_sealed from social_supervisors`)).rows) {
    add('supervisorMobile', `社会监督员 ${r.id}`, open(r.mobile_sealed));
    add('supervisorIdNumber', `社会监督员 ${r.id}`, open(r.id_card_sealed));
  }
  const complaints = await ctx.sql(
    `select id, contact_name_sealed, contact_phone_sealed, contact_email_sealed, contact_address_sealed from complaints`,
  );
  for (const r of complaints.rows) {
    const owner = `投诉人(投诉 ${r.id})`;
    personName('complainantName', owner, open(r.contact_name_sealed));
    add('complainantPhone', owner, open(r.contact_phone_sealed));
    add('complainantEmail', owner, open(r.contact_email_sealed));
    add('complainantAddress', owner, open(r.contact_address_sealed));
  }
  return out;
}

/** Each published decision's party name as registered (the case's, or the registered result's). */
async function publishedPartyNames(): Promise<Map<string, string>> {
  const r = await ctx.sql(
    `select p.id, coalesce(c.party_name, p.party_name) as name from decision_publications p left join penalty_cases c on c.id = p.case_id
     where p.id = any($1::uuid[])`,
    [published.map((p) => p.id)],
  );
  return new Map(r.rows.map((x) => [x.id as string, x.name as string]));
}

async function crawl() {
  // Status codes are checked by the 'crawls every public endpoint' test, so one broken page does not hide the rest.
  await visit('/api/public/bureau');
  await visit('/api/public/subjects');
  await visit('/api/public/complaints/form');

  // 权责清单: every page of the list and every power's own page.
  const codes: string[] = [];
  for (let page = 1; ; page++) {
    const r = await visit(`/api/public/powers?pageSize=100&page=${page}`);
    expect(r.statusCode, r.body).toBe(200);
    const items = r.json<{ items: { code: string }[] }>().items;
    codes.push(...items.map((i) => i.code));
    if (items.length < 100) break;
  }
  expect(codes.length).toBeGreaterThan(0);
  for (const code of codes) await visit(`/api/public/powers/${encodeURIComponent(code)}`);

  // 执法证查询: every demo certificate, by number with its QR check code and by number alone.
  const certs = (await ctx.sql(`select number, check_code from certificates where number is not null`)).rows;
  expect(certs.length).toBeGreaterThan(0);
  for (const c of certs) {
    const n = encodeURIComponent(c.number as string);
    await visit(`/api/public/certificates/check?number=${n}&code=${encodeURIComponent(c.check_code as string)}`);
    await visit(`/api/public/certificates/check?number=${n}`);
  }

  // 执法决定公示: every page of the list, every decision, the site's decision pages, searches, the export, the sitemap.
  const listed: string[] = [];
  for (let page = 1; ; page++) {
    const r = await visit(`/api/public/decisions?pageSize=50&page=${page}`);
    expect(r.statusCode, r.body).toBe(200);
    const items = r.json<{ items: { id: string }[] }>().items;
    listed.push(...items.map((i) => i.id));
    if (items.length < 50) break;
  }
  expect(new Set(listed)).toEqual(new Set(published.map((p) => p.id)));
  for (const id of listed) {
    await visit(`/api/public/decisions/${id}`);
    await visit(`/portal/decisions/${id}`);
  }
  // Searches: common words, and the full and masked names of the published citizens (a full name must find nothing).
  const names = await publishedPartyNames();
  const citizens = published.filter((p) => p.partyKind === 'citizen').map((p) => names.get(p.id)!);
  const terms = ['罚款', '律师', '警告', '某', '事务所', '公证', '示例市', ...citizens, ...citizens.map((n) => `${n[0]}某`)];
  for (const q of terms) await visit(`/api/public/decisions?q=${encodeURIComponent(q)}&pageSize=50`);
  await visit('/api/public/decisions/export.csv');
  await visit('/sitemap.xml');

  // 满意度评议: the portal's code check shows what is being rated — for every 评价码 the demo issued (cases and
  // complaints). Answered codes are refused; the one left open answers with the subject.
  const cipher = createFieldCipher(ctx.dataKey);
  const caseCodes = (await ctx.sql(`select payload->'survey'->>'code' as code from case_steps where action = 'close'`)).rows.map(
    (r) => r.code as string | null,
  );
  const complaintCodes = (await ctx.sql(`select survey_code_sealed from complaints where survey_code_sealed is not null`)).rows.map((r) =>
    cipher.decrypt(r.survey_code_sealed as string),
  );
  for (const [i, code] of [...caseCodes, ...complaintCodes].entries())
    if (code) await submit('/api/public/surveys/lookup', { code }, `评价码 ${i + 1}`);
}

beforeAll(async () => {
  ctx = await createTestContext();
  const r = await seedIfEmpty(ctx.db, ctx.clock, createFieldCipher(ctx.dataKey), true);
  expect(r.seeded).toBe(true);
  nameStyle = (await ctx.sql(`select party_name_style from disclosure_settings limit 1`)).rows[0]?.party_name_style ?? 'surnameMou';
  editor = await loginDemo('supervisor');
  published = await publishAllPending();
  secrets.push(...(await collectSecrets()));
  await crawl();
}, 240_000);

describe('demo portal leak scan', () => {
  it('the scanner finds a planted secret, literally and with spaces or dashes inserted (the scan can fail)', () => {
    const planted: Secret[] = [
      { kind: 'partyIdNumber', owner: 'planted', value: '320102198204170317' },
      { kind: 'userMobile', owner: 'planted', value: '13905140006' },
      { kind: 'partyFullName', owner: 'planted', value: '周志远' },
    ];
    const synthetic: Page[] = [
      { url: '/synthetic/1', status: 200, body: '{"text":"当事人周某，身份证号码320102198204170317"}' },
      { url: '/synthetic/2', status: 200, body: '联系电话 139-0514-0006' },
      { url: '/synthetic/3', status: 200, body: '当事人：周 志 远' },
      { url: '/synthetic/clean', status: 200, body: '当事人周某，联系电话139****0006' },
    ];
    const found = scan(synthetic, planted);
    expect(found.map((l) => [l.url, l.kind, l.normalised])).toEqual([
      ['/synthetic/1', 'partyIdNumber', false],
      ['/synthetic/2', 'userMobile', true],
      ['/synthetic/3', 'partyFullName', true],
    ]);
    // And on a real published page: the citizen party's own ID number planted next to the masked name is found.
    const citizen = published.find((p) => p.partyKind === 'citizen')!;
    const real = pages.find((p) => p.url === `/api/public/decisions/${citizen.id}`)!;
    const display = (JSON.parse(real.body) as { partyDisplay: string }).partyDisplay;
    const idNumbers = secrets.filter((s) => s.kind === 'partyIdNumber');
    const tampered = {
      ...real,
      url: 'planted',
      body: real.body.replace(display, `${display}（${idNumbers[0]!.value.replace(/(\d{6})(\d{8})/, '$1 $2 ')}）`),
    };
    expect(tampered.body).not.toBe(real.body);
    expect(scan([tampered], idNumbers).map((l) => [l.url, l.kind, l.normalised])).toEqual([['planted', 'partyIdNumber', true]]);
  });

  it('publishes the queue through the API and reads the personal data to look for from the database', () => {
    expect(published.length).toBeGreaterThan(0);
    expect(published.some((p) => p.partyKind === 'citizen')).toBe(true);
    expect(published.some((p) => p.partyKind === 'organisation')).toBe(true);
    // A decision the queue holds back says why (a refusal ground or a leak the editor must mask first).
    expect(withheld.filter((w) => w.reasons.length === 0)).toEqual([]);
    const kinds = new Set(secrets.map((s) => s.kind));
    for (const k of [
      'partyFullName',
      'partyIdNumber',
      'partyAddress',
      'partyBirthDate',
      'officerIdNumber',
      'userMobile',
      'complainantPhone',
    ])
      expect(kinds, k).toContain(k);
  });

  it('crawls every public endpoint the portal calls', () => {
    const prefixes = [
      '/api/public/bureau',
      '/api/public/subjects',
      '/api/public/complaints/form',
      '/api/public/powers?',
      '/api/public/powers/',
      '/api/public/certificates/check',
      '/api/public/decisions?',
      '/api/public/decisions/',
      '/api/public/decisions/export.csv',
      '/sitemap.xml',
      '/api/public/surveys/lookup',
    ];
    for (const p of prefixes)
      expect(
        pages.some((x) => x.url.startsWith(p)),
        p,
      ).toBe(true);
    // Nothing answered 5xx or 429 (a refusal would hide the page from the scan), and each page of the portal answered.
    expect(pages.filter((p) => p.status >= 500 || p.status === 429).map((p) => `${p.status} ${p.url} ${p.body.slice(0, 300)}`)).toEqual([]);
    const mustAnswer = pages.filter(
      (p) => p.url.startsWith('/api/') && !p.url.startsWith('/api/public/certificates/check') && !p.url.startsWith('/api/public/surveys'),
    );
    expect(mustAnswer.filter((p) => p.status !== 200).map((p) => `${p.status} ${p.url}`)).toEqual([]);
    // The certificate check with the QR code answers for every numbered certificate (valid or not, it is found).
    const withCode = pages.filter((p) => p.url.startsWith('/api/public/certificates/check') && p.url.includes('&code='));
    expect(withCode.filter((p) => p.status !== 200).map((p) => `${p.status} ${p.url}`)).toEqual([]);
    // The demo keeps one 评价码 open, so at least one lookup shows its subject (the scan sees that answer too).
    expect(pages.some((p) => p.url.startsWith('/api/public/surveys/lookup') && p.status === 200)).toBe(true);
  });

  it('leaks no natural person’s ID number, phone, e-mail, address or full name on any public page or export', () => {
    const leaks = scan(pages, secrets).map(
      (l) => `${decodeURIComponent(l.url)} → ${l.kind} (${l.owner}) “${l.value}”${l.normalised ? ' [with separators]' : ''}`,
    );
    expect(leaks).toEqual([]);
  });

  it('shows a citizen party by the masked name and an organisation by its name, in the list, the page and the export', async () => {
    const csv = pages.find((p) => p.url === '/api/public/decisions/export.csv')!.body;
    const names = await publishedPartyNames();
    const listed = pages
      .filter((x) => x.url.startsWith('/api/public/decisions?pageSize=50&page='))
      .flatMap((x) => (JSON.parse(x.body) as { items: { id: string; partyDisplay: string }[] }).items);
    const searched = (q: string) =>
      JSON.parse(pages.find((x) => x.url === `/api/public/decisions?q=${encodeURIComponent(q)}&pageSize=50`)!.body) as {
        items: { id: string }[];
      };
    for (const p of published) {
      const body = pages.find((x) => x.url === `/api/public/decisions/${p.id}`)!.body;
      const d = JSON.parse(body) as { partyDisplay: string; text: string };
      const name = names.get(p.id)!;
      if (p.partyKind === 'organisation') {
        expect(d.partyDisplay).toBe(name);
        expect(d.text).toContain(name);
      } else {
        if (nameStyle === 'surnameMou') {
          expect(d.partyDisplay).toBe(`${name[0]}某`);
          expect(searched(`${name[0]}某`).items.map((i) => i.id)).toContain(p.id);
        } else expect(d.partyDisplay).not.toBe(name);
        expect(d.partyDisplay.startsWith(name[0]!)).toBe(true);
        expect(d.text).toContain(d.partyDisplay);
        // The unmasked name is not in the search index either: searching it does not single the person out.
        expect(searched(name).items.map((i) => i.id)).not.toContain(p.id);
      }
      expect(listed.find((i) => i.id === p.id)?.partyDisplay).toBe(d.partyDisplay);
      expect(csv).toContain(d.partyDisplay);
    }
  });
});
