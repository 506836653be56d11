import { PolicyDto } from '@quanze/contracts';
import { LOCKOUT_BASIS, PASSWORD_BASIS, type Citation } from '@quanze/domain';

export type PolicyField = Exclude<keyof PolicyDto, 'version'>;

export interface PolicyFieldSpec {
  name: PolicyField;
  label: string;
  unit: string;
  help: string;
  min: number;
  max: number;
}

export interface PolicySection {
  title: string;
  basis: Citation;
  fields: PolicyFieldSpec[];
}

/** Bounds come from the PolicyDto schema itself, so the form allows exactly what the server accepts. */
function bounds(name: PolicyField): { min: number; max: number } {
  const schema = PolicyDto.shape[name];
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? Number.MAX_SAFE_INTEGER };
}

function field(name: PolicyField, label: string, unit: string, help: string): PolicyFieldSpec {
  return { name, label, unit, help, ...bounds(name) };
}

export const POLICY_SECTIONS: PolicySection[] = [
  {
    title: '口令复杂度与更换',
    basis: PASSWORD_BASIS,
    fields: [
      field('minLength', '最小长度', '位', '口令的最少字符数'),
      field('maxLength', '最大长度', '位', '口令的最多字符数，应不小于最小长度'),
      field('minClasses', '字符类别', '类', '大写字母、小写字母、数字、符号中至少包含的类别数'),
      field('historyCount', '历史口令', '次', '不得与最近 N 次使用过的口令相同'),
      field('maxAgeDays', '有效期', '天', '超过有效期后登录时强制修改口令'),
    ],
  },
  {
    title: '登录失败处理',
    basis: LOCKOUT_BASIS,
    fields: [
      field('lockoutThreshold', '连续失败次数', '次', '连续登录失败达到该次数后锁定账号'),
      field('lockoutMinutes', '锁定时长', '分钟', '锁定期满自动解锁，安全管理员也可提前解锁'),
    ],
  },
  {
    title: '会话超时',
    basis: LOCKOUT_BASIS,
    fields: [
      field('idleTimeoutMinutes', '闲置超时', '分钟', '无操作超过该时长自动退出登录'),
      field('absoluteLifetimeHours', '最长会话时长', '小时', '自登录起超过该时长须重新登录'),
    ],
  },
];
