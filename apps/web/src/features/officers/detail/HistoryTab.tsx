import { DISCIPLINE_KIND_LABELS, EMPLOYMENT_TYPE_LABELS, type DisciplineKind, type EmploymentType } from '@quanze/domain';
import { Empty, Timeline } from 'antd';
import { formatDateTime } from '../../../app/format.ts';
import type { OfficerDetailDto } from '../types.ts';

const FIELD_LABELS: Record<string, string> = {
  name: '姓名',
  gender: '性别',
  idCardNumber: '身份证号码',
  employmentType: '用工性质',
  departmentId: '科室',
  postId: '岗位',
  subjectId: '执法主体',
  userId: '关联账号',
  legalProfessionQualification: '法律职业资格',
  legalProfessionCertificateNumber: '法律职业资格证书编号',
  education: '学历',
  status: '在岗状态',
  photo: '照片',
  reason: '原因',
  course: '课程',
  hours: '学时',
  date: '日期',
  type: '类型',
  kind: '种类',
  title: '内容',
  decidedOn: '决定日期',
  year: '年度',
  signedOn: '签署日期',
};

const ACTION_LABELS: Record<string, string> = {
  'officer.create': '建档',
  'officer.update': '修改档案',
  'officer.leave': '离岗',
  'officer.photo': '更新照片',
  'officer.training_add': '登记培训',
  'officer.reward_add': '登记奖励',
  'officer.discipline_add': '登记处分',
  'officer.record_rescind': '撤销奖惩',
  'officer.commitment_add': '登记廉政承诺',
  import: '名册导入',
};

/** References and technical details are named, not shown (their values are ids). */
const REFERENCE_FIELDS = new Set(['departmentId', 'postId', 'subjectId', 'userId', 'photo', 'id']);
const HIDDEN_FIELDS = new Set(['mime', 'size', 'rescinded']);
/** Changes that wrap one object: its fields are listed. */
const WRAPPERS = new Set(['created', 'training', 'record', 'commitment']);

function show(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '（空）';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') {
    if (field === 'employmentType') return EMPLOYMENT_TYPE_LABELS[value as EmploymentType] ?? value;
    if (field === 'gender') return value === 'male' ? '男' : value === 'female' ? '女' : value;
    if (field === 'type') return value === 'reward' ? '奖励' : value === 'discipline' ? '处分' : value;
    if (field === 'kind') return DISCIPLINE_KIND_LABELS[value as DisciplineKind] ?? value;
    if (field === 'status') return value === 'active' ? '在岗' : value === 'left' ? '已离岗' : value;
    return value;
  }
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** One change as text: `{ before, after }`, `{ changed }`, a wrapped object, or a plain value. */
export function describeChange(field: string, value: unknown): string | null {
  if (HIDDEN_FIELDS.has(field)) return null;
  const label = FIELD_LABELS[field] ?? field;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if ('before' in v || 'after' in v) {
      return REFERENCE_FIELDS.has(field) ? `${label}：已变更` : `${label}：${show(field, v['before'])} → ${show(field, v['after'])}`;
    }
    if ('changed' in v) return `${label}：已变更`;
    if (WRAPPERS.has(field)) {
      return Object.entries(v)
        .filter(([k]) => !REFERENCE_FIELDS.has(k) && !HIDDEN_FIELDS.has(k))
        .map(([k, x]) => `${FIELD_LABELS[k] ?? k}：${show(k, x)}`)
        .join('；');
    }
  }
  return REFERENCE_FIELDS.has(field) ? `${label}：已变更` : `${label}：${show(field, value)}`;
}

/** 变更历史: every change of the file, newest first; nothing is overwritten. */
export function HistoryTab({ officer }: { officer: OfficerDetailDto }) {
  if (officer.history.length === 0) return <Empty description="暂无变更记录" />;
  const rows = [...officer.history].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <Timeline
      items={rows.map((h, i) => ({
        key: `${h.at}-${i}`,
        content: (
          <>
            <div className="qz-sub">{formatDateTime(h.at)}</div>
            <div>
              <strong>{ACTION_LABELS[h.action] ?? h.action}</strong>
              {h.actorName ? <span className="qz-sub">（{h.actorName}）</span> : null}
            </div>
            <div className="qz-sub">
              {Object.entries(h.changes).map(([field, value]) => {
                const text = describeChange(field, value);
                return text ? <div key={field}>{text}</div> : null;
              })}
            </div>
          </>
        ),
      }))}
    />
  );
}
