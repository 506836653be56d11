/**
 * Demo 社会监督员 for 示例市司法局: one in force with a ready portal account (jianduyuan1 / the demo password, no
 * forced change so the demo can be clicked straight through) and one whose term has run out (jianduyuan2: the
 * portal refuses the login with the reason); three observations in different states of the queue.
 */
import { and, eq } from 'drizzle-orm';
import { addCalendarDays, addMonths, idCardCheckChar, toLocalDate } from '@quanze/domain';
import type { FieldCipher } from '../platform/crypto.ts';
import type { Tx } from '../platform/db.ts';
import { users } from '../modules/identity/index.ts';
import { departments } from '../modules/org/index.ts';
import { socialSupervisors, supervisionObservations, supervisorAccounts } from '../modules/supervision/index.ts';

const idCard = (first17: string) => first17 + idCardCheckChar(first17);

export async function seedDemoSupervisors(
  tx: Tx,
  cipher: FieldCipher,
  bureauId: string,
  now: Date,
  demoPasswordHash: string,
): Promise<void> {
  const [staff] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.bureauId, bureauId), eq(users.username, 'supervisor')));
  const [dept] = await tx
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.bureauId, bureauId), eq(departments.code, 'ZFJD')));
  if (!staff) return;
  const today = toLocalDate(now);
  const people = [
    {
      name: '周明华',
      mobile: '13951234567',
      id: idCard('32010219700512003'),
      employer: '玄武区人大代表联络站',
      sector: '人大代表',
      documentNumber: '示司监聘〔2026〕1号',
      termStart: addMonths(today, -2),
      termEnd: addCalendarDays(addMonths(today, 22), -1),
      loginName: 'jianduyuan1',
    },
    {
      name: '钱雅琴',
      mobile: '13851234568',
      id: idCard('32010619650803002'),
      employer: '鼓楼区某社区居委会',
      sector: '社区代表',
      documentNumber: '示司监聘〔2024〕3号',
      termStart: addMonths(today, -26),
      termEnd: addMonths(today, -2),
      loginName: 'jianduyuan2',
    },
  ];
  const ids: string[] = [];
  for (const p of people) {
    const [row] = await tx
      .insert(socialSupervisors)
      .values({
        bureauId,
        name: p.name,
        mobileSealed: cipher.encrypt(p.mobile),
        mobileIndex: cipher.blindIndex(p.mobile),
        idCardSealed: cipher.encrypt(p.id),
        idCardIndex: cipher.blindIndex(p.id),
        employer: p.employer,
        sector: p.sector,
        documentNumber: p.documentNumber,
        termStart: p.termStart,
        termEnd: p.termEnd,
        status: 'active',
        createdBy: staff.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: socialSupervisors.id });
    await tx.insert(supervisorAccounts).values({
      supervisorId: row!.id,
      loginName: p.loginName,
      passwordHash: demoPasswordHash,
      passwordChangedAt: now,
      mustChangePassword: false,
      createdAt: now,
      updatedAt: now,
    });
    ids.push(row!.id);
  }
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000);
  const base = { bureauId, supervisorId: ids[0]!, updatedAt: now };
  await tx.insert(supervisionObservations).values([
    {
      ...base,
      state: 'submitted',
      category: 'conduct',
      aboutUnit: '市场监督管理综合行政执法支队',
      officerName: '（未看清）',
      occurredOn: addCalendarDays(today, -3),
      content: '在新街口一商户检查时，两名执法人员中一人未出示执法证件，对商户询问答复生硬。',
      submittedAt: at(2),
    },
    {
      ...base,
      state: 'underReview',
      category: 'workStyle',
      aboutUnit: '公共法律服务管理科',
      caseNumber: null,
      content: '群众反映办理公证投诉时，窗口让其多次往返补材料，未一次性告知所需材料清单。',
      departmentId: dept?.id ?? null,
      submittedAt: at(9),
    },
    {
      ...base,
      state: 'answered',
      category: 'suggestion',
      aboutUnit: '行政执法协调监督科',
      content: '建议在门户公示页增加执法证件查询的二维码说明，方便群众现场核验执法人员身份。',
      departmentId: dept?.id ?? null,
      answer: '感谢您的建议。我局已在执法证件查询页增加扫码核验说明，并将在执法文书中提示群众可扫码核验。',
      answeredAt: at(5),
      answeredBy: staff.id,
      submittedAt: at(20),
    },
  ]);
}
