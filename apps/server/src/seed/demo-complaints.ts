/**
 * Demo 投诉举报 / 信访 and the bureau's supervision channels: seven matters in different states — one just received, one whose written notice is overdue,
 * one being handled, one extended, one not accepted, one transferred to a district bureau, one replied and closed (with its 评价码) — driven through the
 * same commands the portal and the console use, each step on its own date before today. Nothing is inserted behind
 * the commands' back. Runs in a savepoint: a refusal leaves the complaints out, never the app unable to start.
 */
import { eq } from 'drizzle-orm';
import { COMPLAINT_ACTION_BODIES, SubmitComplaintFields, type ComplaintActionName } from '@quanze/contracts';
import { toLocalDate } from '@quanze/domain';
import type { Actor } from '../platform/auth/actor.ts';
import { demoActorOf } from './demo-actor.ts';
import { ManualClock } from '../platform/clock.ts';
import { loadConfig } from '../platform/config.ts';
import type { FieldCipher } from '../platform/crypto.ts';
import type { Db, Tx } from '../platform/db.ts';
import type { Deps } from '../platform/deps.ts';
import type { FileStore } from '../platform/files/file-store.ts';
import { performComplaintAction, submitComplaint } from '../modules/complaints/index.ts';
import { complaintChannels } from '../modules/complaints/complaints.table.ts';
import { users } from '../modules/identity/index.ts';
import { departments } from '../modules/org/index.ts';

const DAY = 86_400_000;
/** The demo complaints carry no attachments; a store that is asked for one is a bug in this script. */
const NO_FILES: FileStore = {
  put: () => Promise.reject(new Error('demo complaints have no attachments')),
  get: () => Promise.resolve(null),
};

type Step = [daysAgo: number, who: string, action: ComplaintActionName, body: Record<string, unknown>];
interface Script {
  daysAgo: number;
  fields: Record<string, string>;
  steps: Step[];
}

const REPLY =
  '经调查核实，您反映的某律师事务所未按约定出具收费票据的情况属实。我局已责令该所限期改正、退还多收费用，并对承办律师进行约谈提醒。';
const ASSIGN = { departmentId: 'dept:律师工作科', handlerUserId: 'user:officer1' };

const SCRIPTS: Script[] = [
  {
    daysAgo: 1,
    fields: {
      kind: 'complaint',
      category: 'claim',
      contactName: '周晓燕',
      contactPhone: '13851000001',
      subject: '法律援助申请迟迟未答复',
      text: '本人于上月向区法律援助中心申请法律援助，至今未收到是否给予援助的答复，请督促办理。',
      about: '法律援助中心',
    },
    steps: [],
  },
  {
    daysAgo: 6,
    fields: {
      kind: 'complaint',
      category: 'claim',
      contactName: '陈建国',
      contactPhone: '13851000007',
      subject: '某区公证处办证收费疑问',
      text: '本人在某区公证处办理继承公证，对收费标准有疑问，请求核查。',
      about: '某区公证处',
    },
    // Within the district bureau's remit: transferred down and the citizen told where it went (第二十三条第一款).
    steps: [[5, 'leader', 'transfer', { to: '示例市某区司法局', note: '该事项由区司法局负责核查。', noticeServedOn: 'day' }]],
  },
  {
    daysAgo: 24,
    fields: {
      kind: 'report',
      category: 'accusation',
      contactName: '吴海涛',
      contactPhone: '13851000002',
      subject: '举报某人冒充律师招揽业务',
      text: '某人在法院门口以律师名义招揽诉讼代理业务并收取费用，经查询其并无律师执业证，请依法查处。',
      about: '',
    },
    steps: [],
  },
  {
    daysAgo: 12,
    fields: {
      kind: 'complaint',
      category: 'claim',
      contactName: '孙丽',
      contactEmail: 'sunli@example.cn',
      subject: '律师收费不出具票据',
      text: '本人委托某律师事务所代理劳动争议案件，支付代理费后律所一直未出具发票，多次催要无果。',
      about: '某律师事务所',
    },
    steps: [
      [10, 'leader', 'accept', { route: 'enforcementDuty', noticeServedOn: 'day' }],
      [9, 'leader', 'assign', ASSIGN],
    ],
  },
  {
    daysAgo: 58,
    fields: {
      kind: 'petition',
      category: 'claim',
      contactName: '郑国平',
      contactPhone: '13851000004',
      subject: '对公证书内容有异议',
      text: '本人认为某公证处出具的继承权公证书遗漏了合法继承人，多次反映未获处理，请求依法复查。',
      about: '某公证处',
    },
    steps: [
      [56, 'leader', 'accept', { route: 'petitionOpinion', noticeServedOn: 'day' }],
      [55, 'leader', 'assign', ASSIGN],
      [
        3,
        'leader',
        'extend',
        { days: 30, reason: '涉及多名继承人，需调取公证档案并逐一核实', approvedByLeader: true, petitionerInformed: true },
      ],
    ],
  },
  {
    daysAgo: 14,
    fields: {
      kind: 'complaint',
      category: 'claim',
      contactName: '钱伟',
      contactPhone: '13851000005',
      subject: '物业收费纠纷',
      text: '小区物业公司多收物业费，请司法局责令其退还。',
      about: '',
    },
    steps: [
      [
        11,
        'leader',
        'notAccept',
        {
          ground: 'notCompetent',
          redirectTo: '区住房和城乡建设局（物业管理主管部门）',
          explanation: '物业服务收费不属于司法行政机关职权范围',
          noticeServedOn: 'day',
        },
      ],
    ],
  },
  {
    daysAgo: 50,
    fields: {
      kind: 'complaint',
      category: 'claim',
      contactName: '王建华',
      contactPhone: '13851000006',
      subject: '律师事务所多收代理费',
      text: '某律师事务所代理费收取明显高于合同约定，且未出具收费票据，请求依法处理并退还多收费用。',
      about: '某律师事务所 张律师',
    },
    steps: [
      [49, 'leader', 'accept', { route: 'enforcementDuty', noticeServedOn: 'day' }],
      [48, 'leader', 'assign', ASSIGN],
      [20, 'officer1', 'reply', { opinion: 'support', text: REPLY, legalBasis: '《律师服务收费管理办法》' }],
      [18, 'officer1', 'close', { outcome: '已责令改正并退还多收费用，信访人表示认可' }],
    ],
  },
];

/**
 * The demo bureau's 监督渠道. Clearly fictional: the bureau's own numbers are 0000- placeholders and `demo` makes the
 * portal say so; 12348 is the real national public legal services hotline and fine to show.
 */
const DEMO_CHANNELS = {
  hotline: '0000-12345678',
  hotlineHours: '工作日 9:00—12:00，13:30—17:30；非工作时间可拨打 12348 公共法律服务热线',
  mailAddress: '示例市示例区政务路1号 示例市司法局（信封注明“投诉举报”）',
  postcode: '000000',
  email: 'jubao@justice.example.gov.cn',
  receptionAddress: '示例市示例区政务路1号 市司法局一楼接待室',
  receptionHours: '工作日 9:00—11:30，14:00—17:00（法定节假日除外）',
  note: '反映执法人员违法违纪问题，可通过以上任一渠道提出，本局依法受理并为举报人保密。',
};

export async function seedDemoComplaints(tx: Tx, cipher: FieldCipher, bureauId: string, now: Date): Promise<number> {
  await tx
    .insert(complaintChannels)
    .values({ bureauId, ...DEMO_CHANNELS, demo: true, updatedAt: now })
    .onConflictDoNothing();
  try {
    return await tx.transaction((sp) => driveDemoComplaints(sp, cipher, bureauId, now));
  } catch (e) {
    console.warn(`[quanze] 演示投诉举报未能载入（其余演示数据不受影响）：${e instanceof Error ? e.message : String(e)}`);
    return 0;
  }
}

async function driveDemoComplaints(tx: Tx, cipher: FieldCipher, bureauId: string, now: Date): Promise<number> {
  const clock = new ManualClock(now);
  const deps: Deps = { db: tx as unknown as Db, clock, cipher, config: loadConfig({ QUANZE_DEMO: 'true', LOG_LEVEL: 'silent' }) };
  const userRows = await tx.select().from(users).where(eq(users.bureauId, bureauId));
  const deptRows = await tx.select().from(departments).where(eq(departments.bureauId, bureauId));
  const actor = (who: string): Actor => {
    const u = userRows.find((r) => r.username === who);
    if (!u) throw new Error(`demo complaints: no demo account ${who}`);
    return demoActorOf(u);
  };
  const resolve = (body: Record<string, unknown>, day: string): Record<string, unknown> =>
    Object.fromEntries(
      Object.entries(body).map(([k, v]) => {
        if (v === 'day') return [k, day];
        if (typeof v === 'string' && v.startsWith('user:')) return [k, actor(v.slice(5)).userId];
        if (typeof v === 'string' && v.startsWith('dept:')) {
          const d = deptRows.find((r) => r.name === v.slice(5));
          if (!d) throw new Error(`demo complaints: no department ${v.slice(5)}`);
          return [k, d.id];
        }
        return [k, v];
      }),
    );
  const at = (daysAgo: number) => clock.set(new Date(now.getTime() - daysAgo * DAY));

  for (const s of SCRIPTS) {
    at(s.daysAgo);
    const fields = SubmitComplaintFields.parse({ ...s.fields, bureauId });
    const { row } = await submitComplaint(deps, NO_FILES, { fields, bureauId, files: [], ip: null }, Number.MAX_SAFE_INTEGER);
    let version = row.version;
    for (const [daysAgo, who, action, body] of s.steps) {
      at(daysAgo);
      const day = toLocalDate(clock.now());
      const parsed = COMPLAINT_ACTION_BODIES[action].parse({ ...resolve(body, day), version });
      const result = await performComplaintAction(deps, actor(who), row.id, action, parsed, null);
      version = result.row.version;
    }
  }
  return SCRIPTS.length;
}
