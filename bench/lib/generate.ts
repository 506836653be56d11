/**
 * A city-sized data set for the benchmarks, written straight to the tables in batches: a bureau with departments
 * and A/B posts, a library of generated Chinese articles, a published power list whose items cite them, a
 * breakdown of every power to a department and posts, and officers with certificates in realistic states.
 * Deterministic (seeded PRNG) so runs compare.
 */
import crypto from 'node:crypto';
import { toLocalDate } from '@quanze/domain';
import type { Db } from '../../apps/server/src/platform/db.ts';
import { createFieldCipher } from '../../apps/server/src/platform/crypto.ts';
import { hashPassword, users } from '../../apps/server/src/modules/identity/index.ts';
import { legalArticles, legalArticleVersions, legalDocuments, searchColumns } from '../../apps/server/src/modules/legal-basis/index.ts';
import { certificates, officers } from '../../apps/server/src/modules/officers/index.ts';
import { bureaus, departments, leadershipGroupMembers, posts } from '../../apps/server/src/modules/org/index.ts';
import { loadCatalogueAsList, powerAssignments } from '../../apps/server/src/modules/powers/index.ts';
import { enforcementSubjects } from '../../apps/server/src/modules/subjects/index.ts';

export interface Scale {
  documents: number;
  articlesPerDocument: number;
  departments: number;
  postsPerDepartment: number;
  powers: number;
  officers: number;
}

export const PASSWORD = 'Bench#Pass2026';

/** mulberry32 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUBJECTS = ['律师', '律师事务所', '公证机构', '公证员', '司法鉴定机构', '司法鉴定人', '基层法律服务工作者', '法律援助机构', '当事人', '受援人', '执业人员', '经营者'];
const ACTS = ['违反规定接受委托', '私自收取费用', '以不正当手段承揽业务', '泄露当事人商业秘密', '出具虚假证明文件', '超越执业范围', '拒绝履行法律援助义务', '未按规定办理变更登记', '弄虚作假骗取执业证书', '妨碍监督检查', '擅自设立分支机构', '不按规定公示收费标准'];
const SANCTIONS = ['给予警告', '处五千元以下的罚款', '处一万元以上五万元以下罚款', '没收违法所得', '责令停业整顿', '责令停止执业三个月以上六个月以下', '吊销执业证书', '责令限期改正', '处违法所得一倍以上五倍以下的罚款'];
const CLAUSES = ['由设区的市级人民政府司法行政部门', '情节严重的', '逾期不改正的', '有违法所得的', '构成犯罪的，依法追究刑事责任', '法律、行政法规另有规定的，从其规定', '应当在二十日内作出决定', '并向社会公布', '依照本法第三十七条的规定', '监督检查时应当出示执法证件'];
const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

export function articleText(r: () => number): string {
  const parts = [`${pick(r, SUBJECTS)}${pick(r, ACTS)}的`, pick(r, CLAUSES), pick(r, SANCTIONS)];
  if (r() < 0.6) parts.push(pick(r, CLAUSES));
  if (r() < 0.5) parts.push(pick(r, SANCTIONS));
  return `${parts.join('，')}。`;
}

async function batched<T>(rows: readonly T[], size: number, write: (part: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

export interface Generated {
  bureauId: string;
  username: string;
  certificateIds: string[];
  articleIds: string[];
}

const LEVELS = ['law', 'administrativeRegulation', 'localRegulation', 'departmentalRule', 'localGovernmentRule'] as const;

export async function generate(db: Db, scale: Scale, now: Date, log: (m: string) => void): Promise<Generated> {
  const r = prng(20260520);
  const date = toLocalDate(now);
  const cipher = createFieldCipher(crypto.randomBytes(32));
  const [bureau] = await db.insert(bureaus).values({ name: '基准市司法局', shortName: '基司', createdAt: now }).returning();
  const bureauId = bureau!.id;
  const hash = await hashPassword(PASSWORD);
  const mkUser = async (username: string, roles: ('supervisor' | 'leader')[]) =>
    (await db.insert(users).values({ bureauId, username, displayName: username, passwordHash: hash, passwordChangedAt: now, mustChangePassword: false, roles, createdAt: now, updatedAt: now }).returning())[0]!;
  const sup = await mkUser('bench_supervisor', ['supervisor']);
  const lead = await mkUser('bench_leader', ['leader']);
  const [subject] = await db
    .insert(enforcementSubjects)
    .values({ bureauId, name: '基准市司法局', creditCode: '11320100000000000X', kind: 'statutory', status: 'confirmed', legalBasis: '行政处罚法第十七条', isBureauItself: true, createdAt: now, updatedAt: now })
    .returning();
  const [deputy] = await db.insert(leadershipGroupMembers).values({ bureauId, name: '分管副局长', position: 'deputy', fromDate: '2025-01-01', createdAt: now }).returning();

  // Library: documents × articles of generated text (5 % penalty provisions).
  let t = performance.now();
  const docs = await db
    .insert(legalDocuments)
    .values(Array.from({ length: scale.documents }, (_, i) => ({ bureauId, title: `基准法规第${i + 1}号`, level: LEVELS[i % LEVELS.length]!, issuingBody: '基准立法机关', publishedOn: '2015-01-01', effectiveFrom: '2015-03-01', createdAt: now, updatedAt: now })))
    .returning({ id: legalDocuments.id, title: legalDocuments.title });
  const articleRows = docs.flatMap((d) =>
    Array.from({ length: scale.articlesPerDocument }, (_, k) => {
      const text = articleText(r);
      return { bureauId, documentId: d.id, articleNo: k + 1, sortKey: d.title, text, ...searchColumns(text), isPenaltyProvision: r() < 0.05, createdAt: now, updatedAt: now };
    }),
  );
  const articleIds: string[] = [];
  await batched(articleRows, 2_000, async (part) => {
    const ids = await db.insert(legalArticles).values(part).returning({ id: legalArticles.id });
    await db.insert(legalArticleVersions).values(part.map((a, k) => ({ bureauId, articleId: ids[k]!.id, text: a.text, effectiveFrom: '2015-03-01', createdAt: now })));
    articleIds.push(...ids.map((x) => x.id));
  });
  log(`library: ${articleRows.length} articles in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // Departments and posts (A and B alternate), each department with its own 执法类别.
  t = performance.now();
  const fields = Array.from({ length: scale.departments }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)));
  const deptRows = await db
    .insert(departments)
    .values(fields.map((f, i) => ({ bureauId, name: `执法${i + 1}科`, code: f, sortOrder: i, createdAt: now, updatedAt: now })))
    .returning({ id: departments.id });
  const postRows = (
    await db
      .insert(posts)
      .values(deptRows.flatMap((d, i) => Array.from({ length: scale.postsPerDepartment }, (_, k) => ({ bureauId, departmentId: d.id, name: `${fields[i]}岗${k + 1}`, role: k % 3 === 2 ? ('B' as const) : ('A' as const), createdAt: now, updatedAt: now }))))
      .returning({ id: posts.id, departmentId: posts.departmentId, role: posts.role })
  ).map((p, k) => ({ ...p, field: fields[Math.floor(k / scale.postsPerDepartment)]! }));

  // Power list: items of each department's field, citing 1–3 articles by title and number.
  const items = Array.from({ length: scale.powers }, (_, i) => {
    const d = i % scale.departments;
    const docs3 = Array.from({ length: 1 + Math.floor(r() * 3) }, () => Math.floor(r() * scale.documents));
    return {
      code: `CF-${fields[d]}-${String(Math.floor(i / scale.departments) + 1).padStart(3, '0')}`,
      category: '处罚',
      catalogType: '行政处罚',
      name: `对${pick(r, SUBJECTS)}${pick(r, ACTS)}的行政处罚`,
      basis: docs3.map((n) => ({ law: `基准法规第${n + 1}号`, article: `第${1 + Math.floor(r() * scale.articlesPerDocument)}条`, gist: '' })),
      department: `执法${d + 1}科`,
      fineMin: 0,
      fineMax: 5000,
      verification: 'unverified',
    };
  });
  const { powerIds } = await db.transaction((tx) =>
    loadCatalogueAsList(tx, { bureauId, subjectId: subject!.id, area: '320100', items, title: '基准权责清单', draftedBy: { id: sup.id, name: sup.displayName }, approvedBy: { id: lead.id, name: lead.displayName }, date, now }),
  );
  const postsOf = (d: number) => postRows.filter((p) => p.departmentId === deptRows[d]!.id);
  await batched(items, 1_000, (part) =>
    db.insert(powerAssignments).values(
      part.map((it) => {
        const d = Number(it.department.slice(2, -1)) - 1;
        const ps = postsOf(d);
        const a = ps.filter((p) => p.role === 'A');
        const b = ps.filter((p) => p.role === 'B');
        const chosen = [pick(r, a), ...(r() < 0.9 ? [pick(r, b)] : [])].map((p) => p.id);
        return { bureauId, powerId: powerIds.get(it.code)!, departmentId: deptRows[d]!.id, postIds: [...new Set(chosen)], leaderInChargeId: r() < 0.9 ? deputy!.id : null, effectiveFrom: '2025-01-01', createdAt: now };
      }),
    ),
  );
  log(`${scale.powers} powers, ${postRows.length} posts in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  // Officers on posts, with certificates: 85 % valid, the rest suspended, expired, wrong field or none.
  t = performance.now();
  const officerRows = Array.from({ length: scale.officers }, (_, i) => {
    const post = postRows[i % postRows.length]!;
    const id = `32010219800101${String(i).padStart(4, '0')}`;
    return { bureauId, subjectId: subject!.id, departmentId: post.departmentId, postId: post.id, name: `执法员${i}`, gender: 'male' as const, idCardSealed: cipher.encrypt(id), idCardIndex: cipher.blindIndex(id), employmentType: 'civilServant' as const, createdAt: now, updatedAt: now, field: post.field };
  });
  const certificateIds: string[] = [];
  await batched(officerRows, 1_000, async (part) => {
    const ids = await db.insert(officers).values(part.map(({ field: _f, ...o }) => o)).returning({ id: officers.id });
    const certs = part.flatMap((o, k) => {
      const x = r();
      if (x > 0.97) return [];
      const status = x > 0.94 ? ('suspended' as const) : x > 0.91 ? ('expired' as const) : ('valid' as const);
      const field = x > 0.88 && x <= 0.91 ? 'ZZ' : o.field;
      return [{ bureauId, officerId: ids[k]!.id, number: `BN${crypto.randomBytes(6).toString('hex')}`, issuingAuthority: '基准市人民政府', status, categories: [field], areas: ['320100'], validFrom: '2024-01-01', validTo: status === 'expired' ? '2025-12-31' : '2028-12-31', lastReviewedYear: 2025, checkCode: crypto.randomBytes(9).toString('base64url'), createdAt: now, updatedAt: now }];
    });
    const cs = await db.insert(certificates).values(certs).returning({ id: certificates.id });
    certificateIds.push(...cs.map((c) => c.id));
  });
  log(`${scale.officers} officers, ${certificateIds.length} certificates in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return { bureauId, username: sup.username, certificateIds, articleIds };
}
