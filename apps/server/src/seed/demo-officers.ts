/**
 * Demo roster for 示例市司法局: the bureau and three supervised bodies as enforcement subjects, posts, ~40 officers
 * with realistic certificate states relative to the day the demo is loaded (some expiring, one suspended, reviews
 * overdue, a 派遣 staff member without certificate), and the leadership group.
 */
import { eq } from 'drizzle-orm';
import { addCalendarDays, idCardCheckChar, toLocalDate, usccCheckChar, type EmploymentType } from '@quanze/domain';
import type { FieldCipher } from '../platform/crypto.ts';
import type { Tx } from '../platform/db.ts';
import { randomToken } from '../platform/crypto.ts';
import { certificateEvents, certificates, officers, trainings } from '../modules/officers/index.ts';
import { departments, leadershipGroupMembers, posts } from '../modules/org/index.ts';
import { enforcementSubjects } from '../modules/subjects/index.ts';
import { users } from '../modules/identity/index.ts';

const uscc = (first17: string) => first17 + usccCheckChar(first17);
const AREA = '320100';

const POSTS: [dept: string, name: string, role: 'A' | 'B', categories: string[]][] = [
  ['律师工作科', '律师执业监管岗', 'A', ['LS']],
  ['律师工作科', '律师执业监管岗（B）', 'B', ['LS']],
  ['公共法律服务管理科', '公证监管岗', 'A', ['GZ']],
  ['公共法律服务管理科', '司法鉴定监管岗', 'A', ['JD']],
  ['公共法律服务管理科', '法律援助监管岗', 'B', ['FY', 'GZ', 'JD']],
  ['行政执法协调监督科', '法制审核岗', 'A', ['ZF']],
  ['行政执法协调监督科', '执法监督岗', 'A', ['ZF', 'TY']],
  ['社区矫正管理科', '社区矫正执法岗', 'A', ['JZ']],
  ['社区矫正管理科', '社区矫正执法岗（B）', 'B', ['JZ']],
  ['人民参与和促进法治科', '基层法律服务监管岗', 'A', ['JF']],
];

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘'.split('');
const GIVEN = [
  '建华',
  '海燕',
  '志强',
  '秀英',
  '晓东',
  '丽娟',
  '国庆',
  '文静',
  '俊杰',
  '雪梅',
  '振宇',
  '佳怡',
  '立新',
  '春燕',
  '宏伟',
  '婷婷',
  '永刚',
  '慧敏',
  '子涵',
  '明轩',
];

type State = 'valid' | 'expiring' | 'expired' | 'suspended' | 'reviewOverdue' | 'applied' | 'none';

export async function seedDemoOfficers(tx: Tx, cipher: FieldCipher, bureauId: string, now: Date): Promise<void> {
  const today = toLocalDate(now);
  const year = Number(today.slice(0, 4));
  const [bureauSubject] = await tx
    .insert(enforcementSubjects)
    .values({
      bureauId,
      name: '示例市司法局',
      creditCode: uscc('11320100014349203'),
      kind: 'statutory',
      status: 'confirmed',
      legalBasis: '《中华人民共和国行政处罚法》第十七条；《中华人民共和国律师法》《公证法》等法律规定的司法行政机关职权',
      domains: ['LS', 'GZ', 'JD', 'FY', 'JF', 'JZ', 'ZF'],
      isBureauItself: true,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  await tx.insert(enforcementSubjects).values([
    {
      bureauId,
      name: '示例市城市管理局',
      creditCode: uscc('11320100014349211'),
      kind: 'statutory',
      status: 'confirmed',
      legalBasis: '《行政处罚法》第十七条；《城市市容和环境卫生管理条例》',
      domains: ['城市管理'],
      createdAt: now,
      updatedAt: now,
    },
    {
      bureauId,
      name: '示例市鼓楼区宁海路街道综合行政执法局',
      creditCode: uscc('11320106MB1234567'),
      kind: 'authorized',
      status: 'confirmed',
      legalBasis: '《行政处罚法》第二十四条；《江苏省赋予乡镇（街道）部分县级行政权力事项指导目录》',
      domains: ['综合执法'],
      createdAt: now,
      updatedAt: now,
    },
    {
      bureauId,
      name: '示例市法律援助中心',
      creditCode: uscc('12320100466001234'),
      kind: 'entrusted',
      status: 'confirmed',
      legalBasis: '《行政处罚法》第二十条；示例市司法局行政执法委托书（示司委〔2025〕1号）',
      domains: ['FY'],
      entrustingSubjectId: null,
      entrustmentScope: ['FY'],
      entrustmentStart: addCalendarDays(today, -300),
      entrustmentEnd: addCalendarDays(today, 400),
      createdAt: now,
      updatedAt: now,
    },
    {
      bureauId,
      name: '示例市公证协会',
      creditCode: uscc('51320100MJ5678901'),
      kind: 'entrusted',
      status: null,
      legalBasis: '待审核：拟委托开展公证执业检查',
      domains: ['GZ'],
      entrustmentScope: ['GZ'],
      entrustmentStart: today,
      entrustmentEnd: addCalendarDays(today, 365),
      createdAt: now,
      updatedAt: now,
    },
  ]);
  await tx.update(enforcementSubjects).set({ entrustingSubjectId: bureauSubject!.id }).where(eq(enforcementSubjects.kind, 'entrusted'));

  const deptRows = await tx.select().from(departments).where(eq(departments.bureauId, bureauId));
  const deptId = (name: string) => deptRows.find((d) => d.name === name)!.id;
  const postRows = [];
  for (const [dept, name, role] of POSTS) {
    const [p] = await tx
      .insert(posts)
      .values({ bureauId, departmentId: deptId(dept), name, role, createdAt: now, updatedAt: now })
      .returning();
    postRows.push(p!);
  }

  const userRows = await tx.select().from(users).where(eq(users.bureauId, bureauId));
  const userId = (u: string) => userRows.find((r) => r.username === u)?.id ?? null;
  const linked: Record<number, { user: string; name: string; gender: 'male' | 'female'; legal?: boolean }> = {
    0: { user: 'head', name: '李明华', gender: 'male' },
    1: { user: 'officer1', name: '张伟', gender: 'male' },
    2: { user: 'officer2', name: '刘芳', gender: 'female' },
    10: { user: 'reviewer', name: '陈静', gender: 'female', legal: true },
    11: { user: 'supervisor', name: '赵强', gender: 'male' },
  };
  const states: State[] = [
    ...Array<State>(29).fill('valid'),
    'expiring',
    'expiring',
    'expiring',
    'expired',
    'suspended',
    'reviewOverdue',
    'reviewOverdue',
    'applied',
    'none',
    'none',
  ];
  for (let i = 0; i < states.length; i++) {
    const state = states[i]!;
    const l = linked[i];
    // 刘芳 (officer2) works in 律师工作科 like her account, on its B post, certified for 律师 (LS) and 公证 (GZ): with
    // 张伟 she makes the two-officer team of the lawyer cases, and the head of 律师工作科 can assign her.
    const slot = l?.user === 'officer2' ? 1 : i % postRows.length;
    const post = postRows[slot]!;
    const category = l?.user === 'officer2' ? ['LS', 'GZ'] : POSTS[slot]![3];
    const employmentType: EmploymentType =
      i === states.length - 1 ? 'dispatched' : i === states.length - 2 ? 'contract' : i % 7 === 3 ? 'civilServantManaged' : 'civilServant';
    const birth = `19${70 + (i % 25)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 27) + 1).padStart(2, '0')}`;
    const first17 = `320102${birth}${String(100 + i).padStart(3, '0')}`;
    const [o] = await tx
      .insert(officers)
      .values({
        bureauId,
        subjectId: bureauSubject!.id,
        departmentId: post.departmentId,
        postId: post.id,
        userId: l ? userId(l.user) : null,
        name: l?.name ?? `${SURNAMES[(i * 7) % SURNAMES.length]}${GIVEN[(i * 3) % GIVEN.length]}`,
        gender: l?.gender ?? (i % 2 === 0 ? 'male' : 'female'),
        idCardSealed: cipher.encrypt(first17 + idCardCheckChar(first17)),
        idCardIndex: cipher.blindIndex(first17 + idCardCheckChar(first17)),
        employmentType,
        legalProfessionQualification: l?.legal ?? i % 5 === 0,
        education: i % 3 === 0 ? '法学硕士' : '法学学士',
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    // Training this year: most meet the minimum, every sixth is short (the dashboard's 培训学时不足 card).
    const hours = i % 6 === 5 ? [16, 8] : [24, 16, 12, 12];
    await tx
      .insert(trainings)
      .values(
        hours.map((h, k) => ({
          officerId: o!.id,
          course: ['行政处罚法专题培训', '执法文书规范', '行政复议与应诉实务', '执法记录仪使用规范'][k]!,
          hours: h,
          trainedOn: `${year}-0${k + 2}-15` <= today ? `${year}-0${k + 2}-15` : `${year}-01-10`,
          examScore: 80 + ((i + k) % 20),
          provider: '示例市司法局',
          createdAt: now,
        })),
      );
    if (state === 'none') continue;
    const validFrom = `${year - 3}-03-01`;
    const validTo =
      state === 'expiring'
        ? addCalendarDays(today, [20, 45, 58][i % 3]!)
        : state === 'expired'
          ? addCalendarDays(today, -12)
          : `${year + 2}-02-28`;
    const status = state === 'applied' ? 'applied' : state === 'suspended' ? 'suspended' : state === 'expired' ? 'expired' : 'valid';
    const number = state === 'applied' ? null : `32010026${String(1000 + i).padStart(5, '0')}`;
    const [c] = await tx
      .insert(certificates)
      .values({
        bureauId,
        officerId: o!.id,
        number,
        issuingAuthority: number ? '示例市人民政府' : null,
        status,
        categories: category,
        areas: [AREA],
        validFrom: number ? validFrom : null,
        validTo: number ? validTo : null,
        lastReviewedYear: number ? (state === 'reviewOverdue' ? year - 3 : year - 1) : null,
        checkCode: randomToken(9),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const events: { certificateId: string; action: string; fromStatus: string | null; toStatus: string; actorName: string; at: Date }[] = [
      { certificateId: c!.id, action: 'apply', fromStatus: null, toStatus: 'applied', actorName: '演示数据', at: now },
    ];
    if (number)
      events.push({ certificateId: c!.id, action: 'issue', fromStatus: 'examPassed', toStatus: 'valid', actorName: '演示数据', at: now });
    if (state === 'suspended')
      events.push({ certificateId: c!.id, action: 'suspend', fromStatus: 'valid', toStatus: 'suspended', actorName: '演示数据', at: now });
    await tx
      .insert(certificateEvents)
      .values(events.map((e) => ({ ...e, reason: e.action === 'suspend' ? '涉嫌违规执法，调查期间暂扣' : null })));
  }
  await tx.insert(leadershipGroupMembers).values([
    {
      bureauId,
      name: '王建国',
      title: '局长',
      userId: userId('leader'),
      position: 'leader',
      duties: '全面负责行政执法责任制',
      fromDate: `${year - 1}-01-01`,
      createdAt: now,
    },
    {
      bureauId,
      name: '孙立平',
      title: '副局长',
      userId: userId('leader2'),
      position: 'deputy',
      duties: '分管行政执法协调监督',
      fromDate: `${year - 1}-01-01`,
      createdAt: now,
    },
    {
      bureauId,
      name: '周海涛',
      title: '副局长',
      userId: userId('leader3'),
      position: 'deputy',
      duties: '分管律师工作、公共法律服务',
      fromDate: `${year - 1}-01-01`,
      createdAt: now,
    },
    {
      bureauId,
      name: '赵强',
      title: '行政执法协调监督科科长',
      userId: userId('supervisor'),
      position: 'member',
      duties: '日常工作',
      fromDate: `${year - 1}-01-01`,
      createdAt: now,
    },
  ]);
}
