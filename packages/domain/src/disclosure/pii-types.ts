/**
 * What the masker finds and how it replaces it. Spans are UTF-16 code-unit offsets into the ORIGINAL text
 * ([start, end)), so an editor's console can highlight them; maskedStart/maskedEnd locate the replacement in the
 * masked text. A finding never carries the original characters, so findings can be logged without leaking.
 */
import type { PartyKind } from '../penalties/penalty.ts';

export const PII_KINDS = [
  'idCard',
  'idCard15',
  'mobile',
  'landline',
  'bankCard',
  'longNumber',
  'email',
  'plate',
  'address',
  'partyName',
  'personName',
] as const;
export type PiiKind = (typeof PII_KINDS)[number];

export const PII_KIND_LABELS: Record<PiiKind, string> = {
  idCard: '身份证号码',
  idCard15: '15位身份证号码',
  mobile: '手机号码',
  landline: '固定电话',
  bankCard: '银行卡号/账号',
  longNumber: '长数字串（疑似账号）',
  email: '电子邮箱',
  plate: '机动车号牌',
  address: '自然人住址',
  partyName: '当事人姓名',
  personName: '其他自然人姓名',
};

/**
 * How sure the rule is: 'known' (given by the case), 'checksum' (a check digit matched), 'pattern' (the shape is
 * unambiguous: mobile, e-mail, plate), 'label' (a nearby label such as 电话/账号), 'heuristic' (shape only;
 * masked to be strict, the editor may review).
 */
export type PiiRule = 'known' | 'checksum' | 'pattern' | 'label' | 'heuristic';

export interface PiiFinding {
  kind: PiiKind;
  rule: PiiRule;
  start: number;
  end: number;
  replacement: string;
  maskedStart: number;
  maskedEnd: number;
  /** Why a heuristic or strict choice fired, in Chinese for the editor. */
  note?: string;
}

/** A finding before it is placed in the masked text. */
export type PiiCandidate = Omit<PiiFinding, 'maskedStart' | 'maskedEnd'>;

export interface OrganisationRef {
  name: string;
  /** 统一社会信用代码: kept as it is. */
  uscc?: string;
  /** An organisation's registered address is public (kept); a natural person's never is. */
  address?: string;
}

/** What the case tells the masker. Nothing here is guessed by the masker; it is data of the case. */
export interface MaskingContext {
  party: { kind: PartyKind; name: string };
  /** Witnesses, relatives, victims, agents, a company's legal representative the bureau chooses to hide … */
  otherPersons?: readonly string[];
  /** Known addresses of natural persons (the party's residence, a witness's …). */
  personalAddresses?: readonly string[];
  /** Organisations named in the decision (the party when it is one, the bureau, others): name and USCC stay. */
  organisations?: readonly OrganisationRef[];
  /** Texts that stay as written although they look like personal data (the bureau's hotline and address). */
  preserved?: readonly string[];
}

/** 张某 (default), 张** or the full name; only for a natural-person party. */
export type PartyNameStyle = 'full' | 'surnameMou' | 'surnameStars';
/** Other natural persons are always hidden: 李某 (甲/乙 when two coincide), 李* or 某某. */
export type OtherNameStyle = 'surnameMou' | 'surnameStars' | 'anonymous';

export interface MaskingPolicy {
  partyName: PartyNameStyle;
  otherNames: OtherNameStyle;
  /** 'hidden': every digit becomes *; 'partial': ID keeps region + last four, mobile 3 + 4 (identity maskers). */
  numbers: 'hidden' | 'partial';
  /**
   * Strict ID rule: an 18-character run with a valid birth date is masked even when its check digit is wrong
   * (a mistyped ID is still somebody's ID). false: only checksum-valid runs count as IDs.
   */
  maskIdLikeWithBadChecksum: boolean;
  /** Unclassified digit runs at least this long are masked as possible account numbers; null = off. */
  maskDigitRunsFrom: number | null;
  /** Addresses keep their 省/市/区县 prefix ('county') or are hidden entirely ('none'). */
  addressPrefix: 'county' | 'none';
}

export const DEFAULT_MASKING_POLICY: MaskingPolicy = {
  partyName: 'surnameMou',
  otherNames: 'surnameMou',
  numbers: 'hidden',
  maskIdLikeWithBadChecksum: true,
  maskDigitRunsFrom: 12,
  addressPrefix: 'county',
};
