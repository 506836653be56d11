/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters =
 * 登记管理部门代码 (1) + 机构类别代码 (1) + 登记管理机关行政区划码 (6, GB/T 2260) + 主体标识码 (9, 组织机构代码 GB 11714)
 * + 校验码 (1). The alphabet is the digits and the capital letters without I O Z S V (31 symbols); the check
 * character makes the weighted sum ≡ 0 (mod 31), with weights 3^i mod 31.
 */
import type { Citation } from '../citation.ts';

export const USCC_BASIS: Citation = {
  law: 'GB 32100-2015 法人和其他组织统一社会信用代码编码规则',
  article: '代码结构与校验码',
};

/** Index in this string is the character's value (0–30). */
const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** 3^i mod 31 for positions 1–17. */
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 11714 organisation-code weights for the 8 body characters of the 主体标识码. */
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export interface UsccParts {
  registrationAuthority: string; // 登记管理部门代码, e.g. '1' 机构编制, '5' 民政, '9' 工商
  category: string; // 机构类别代码, e.g. '11' 机关 together with the first character
  regionCode: string; // 登记管理机关行政区划码
  organizationCode: string; // 主体标识码 (9 characters)
  checkChar: string;
}

/**
 * Labels only for the original GB 32100-2015 table; later additions (e.g. 3x 司法行政) exist but are not listed
 * here, and an unknown pair is still a valid code — the label is just absent.
 */
export const USCC_CATEGORY_LABELS: Readonly<Record<string, string>> = {
  '11': '机关',
  '12': '事业单位',
  '13': '中央编办直接管理机构编制的群众团体',
  '19': '其他（机构编制）',
  '51': '社会团体',
  '52': '民办非企业单位',
  '53': '基金会',
  '59': '其他（民政）',
  '91': '企业',
  '92': '个体工商户',
  '93': '农民专业合作社',
};

export type UsccProblemCode = 'USCC_LENGTH' | 'USCC_CHARSET' | 'USCC_REGION' | 'USCC_CHECKSUM' | 'USCC_ORGANIZATION_CODE';

export type UsccCheck =
  | { ok: true; value: string; parts: UsccParts }
  | { ok: false; code: UsccProblemCode; reason: string; basis: Citation };

const fail = (code: UsccProblemCode, reason: string): UsccCheck => ({ ok: false, code, reason, basis: USCC_BASIS });

/** Computes the 18th character for 17 characters from the USCC alphabet; throws on a character outside it. */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('统一社会信用代码前17位长度不正确');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(first17[i]!);
    if (v < 0) throw new RangeError(`统一社会信用代码含有非法字符“${first17[i]}”`);
    sum += v * USCC_WEIGHTS[i]!;
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714 check character of a 9-character organisation code (letters count A=10 … Z=35). */
export function organizationCodeCheckChar(first8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(first8[i]!, 36) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

export interface UsccOptions {
  /**
   * Also check the GB 11714 check character inside the 主体标识码. Off by default: GB 32100 guarantees only the
   * 18th character, and whether every registry (e.g. for 个体工商户) issued GB 11714-conforming bodies could not be
   * confirmed, so a strict default could refuse genuine codes.
   */
  checkOrganizationCode?: boolean;
}

/** Validates (after trimming and upper-casing) and splits a unified social credit code. */
export function checkUscc(input: string, options: UsccOptions = {}): UsccCheck {
  const value = input.trim().toUpperCase();
  if (value.length !== 18) return fail('USCC_LENGTH', `统一社会信用代码应为18位，实际为${value.length}位`);
  const bad = [...value].find((c) => !USCC_ALPHABET.includes(c));
  if (bad !== undefined) return fail('USCC_CHARSET', `统一社会信用代码含有非法字符“${bad}”（不使用 I、O、Z、S、V）`);
  const regionCode = value.slice(2, 8);
  if (!/^\d{6}$/.test(regionCode)) return fail('USCC_REGION', '统一社会信用代码第3至8位应为6位数字行政区划码');
  if (usccCheckChar(value.slice(0, 17)) !== value[17]) return fail('USCC_CHECKSUM', '统一社会信用代码校验位不正确');
  const organizationCode = value.slice(8, 17);
  if (options.checkOrganizationCode && organizationCodeCheckChar(organizationCode.slice(0, 8)) !== organizationCode[8]) {
    return fail('USCC_ORGANIZATION_CODE', '统一社会信用代码中的组织机构代码校验位不正确');
  }
  return {
    ok: true,
    value,
    parts: {
      registrationAuthority: value[0]!,
      category: value.slice(0, 2),
      regionCode,
      organizationCode,
      checkChar: value[17],
    },
  };
}

export function isValidUscc(input: string, options: UsccOptions = {}): boolean {
  return checkUscc(input, options).ok;
}
