/**
 * Demo power list for 示例市司法局: the library (the articles the catalogue cites and the 行政处罚法 articles of
 * LAW.md, as summaries — see each document's note), the 60 items of justice-powers.json published as version 1,
 * the breakdown to the demo departments and posts (seed/demo-officers.ts) and a few annual targets. The breakdown
 * follows how such bureaus are actually staffed, so the coverage check shows a realistic mix: lawyer and notary
 * powers covered (green), some without a backup post or a leader in charge (amber), legal-aid and grassroots
 * items without an A post, a 事业单位's item with no department and fields nobody is certified for (red).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import { parsePowerCode, toLocalDate } from '@quanze/domain';
import type { Tx } from '../platform/db.ts';
import { users } from '../modules/identity/index.ts';
import { insertLibraryDocuments, libraryJsonToRows, validateLibrary } from '../modules/legal-basis/index.ts';
import { departments, leadershipGroupMembers, posts } from '../modules/org/index.ts';
import { loadCatalogueAsList, powerAssignments, powerTargets } from '../modules/powers/index.ts';
import { enforcementSubjects } from '../modules/subjects/index.ts';
import type { LibraryImportJson } from '@quanze/contracts';

const DATA = path.join(path.dirname(fileURLToPath(import.meta.url)), 'data');
const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8')) as T;
const AREA = '320100';

interface CatalogueItem {
  code: string;
  department: string;
}

/** The catalogue names 承办科室 loosely ("公证管理科（多地并入公共法律服务管理科）"): map it to a demo department. */
function departmentFor(label: string, names: readonly string[]): string | null {
  const merged = /并入(.+?)）/.exec(label)?.[1];
  if (merged && names.includes(merged)) return merged;
  if (label.startsWith('原处罚承办科室')) return '行政执法协调监督科';
  return names.filter((n) => label.includes(n)).sort((a, b) => b.length - a.length)[0] ?? null;
}

/** Posts of a department for a power's 执法类别: A posts whose officers hold it, else the department's A posts; B likewise. */
function postsFor(
  deptId: string,
  field: string,
  all: readonly { id: string; departmentId: string; name: string; role: 'A' | 'B' }[],
): string[] {
  const own = all.filter((p) => p.departmentId === deptId);
  const FIELD_POSTS: Record<string, string[]> = { GZ: ['公证监管岗'], JD: ['司法鉴定监管岗'], FY: [], JF: [] };
  const a = own.filter((p) => p.role === 'A' && (FIELD_POSTS[field] ? FIELD_POSTS[field].includes(p.name) : true));
  const b = own.filter((p) => p.role === 'B');
  return [...a, ...b].map((p) => p.id);
}

export async function seedDemoPowers(tx: Tx, bureauId: string, now: Date): Promise<void> {
  const date = toLocalDate(now);
  const year = Number(date.slice(0, 4));
  const library = libraryJsonToRows(readJson<LibraryImportJson>('legal-library.json'));
  if (!library.ok) throw new Error(library.reason);
  const checked = validateLibrary(library.rows, new Set());
  if (checked.errors.length) throw new Error(`demo library: ${checked.errors.map((e) => e.message).join('; ')}`);
  await insertLibraryDocuments(tx, bureauId, checked.documents, now);

  const [subject] = await tx
    .select()
    .from(enforcementSubjects)
    .where(and(eq(enforcementSubjects.bureauId, bureauId), eq(enforcementSubjects.isBureauItself, true)));
  const people = await tx.select().from(users).where(eq(users.bureauId, bureauId));
  const person = (username: string) => {
    const u = people.find((p) => p.username === username)!;
    return { id: u.id, name: u.displayName };
  };
  const items = readJson<CatalogueItem[]>('justice-powers.json');
  const { powerIds } = await loadCatalogueAsList(tx, {
    bureauId,
    subjectId: subject!.id,
    area: AREA,
    items,
    title: `${subject!.name}权责清单（第1版）`,
    draftedBy: person('supervisor'),
    approvedBy: person('leader'),
    date,
    now,
  });

  const deptRows = await tx.select().from(departments).where(eq(departments.bureauId, bureauId));
  const postRows = await tx.select().from(posts).where(eq(posts.bureauId, bureauId));
  const [deputy] = await tx
    .select()
    .from(leadershipGroupMembers)
    .where(and(eq(leadershipGroupMembers.bureauId, bureauId), eq(leadershipGroupMembers.position, 'deputy')));
  const from = `${year - 1}-01-01`;
  const rows = items.flatMap((item) => {
    const deptName = departmentFor(
      item.department,
      deptRows.map((d) => d.name),
    );
    const dept = deptRows.find((d) => d.name === deptName);
    if (!dept) return []; // 市法律援助中心 is a 事业单位, not a department: left for the bureau to decide (red)
    const field = parsePowerCode(item.code)?.field ?? '';
    // The notary and grassroots-services desks have not named a leader in charge yet (amber).
    const leader = field === 'GZ' || field === 'JF' ? null : (deputy?.id ?? null);
    return [
      {
        bureauId,
        powerId: powerIds.get(item.code)!,
        departmentId: dept.id,
        postIds: postsFor(dept.id, field, postRows),
        leaderInChargeId: leader,
        effectiveFrom: from,
        reason: '权责清单第1版公布后职权分解',
        createdByName: '演示数据',
        createdAt: now,
      },
    ];
  });
  await tx.insert(powerAssignments).values(rows);
  const inspections = items.filter((i) => i.code.startsWith('JC-'));
  await tx.insert(powerTargets).values(
    inspections.flatMap((i) => {
      const row = rows.find((r) => r.powerId === powerIds.get(i.code));
      return row
        ? [
            {
              bureauId,
              powerId: row.powerId,
              year,
              departmentId: row.departmentId,
              metric: 'inspections',
              planned: 12,
              unit: '次',
              note: '“双随机、一公开”抽查不少于每月一次',
              createdAt: now,
              updatedAt: now,
            },
          ]
        : [];
    }),
  );
}
