import { z } from 'zod';

const isoDate = z.iso.date('日期格式应为 YYYY-MM-DD');

export const PostDto = z.object({
  id: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  name: z.string(),
  /** A 岗 primary, B 岗 backup (GLOSSARY: post). */
  role: z.enum(['A', 'B']),
  duties: z.string().nullable(),
  status: z.enum(['active', 'closed']),
  officerCount: z.number().int(),
  version: z.number().int(),
});
export const CreatePostRequest = z.object({
  departmentId: z.uuid('请选择科室'),
  name: z.string().trim().min(1, '请输入岗位名称').max(64),
  role: z.enum(['A', 'B']),
  duties: z.string().trim().max(2000).optional(),
});
export const ClosePostRequest = z.object({ reason: z.string().trim().min(1, '请填写撤销原因').max(500), version: z.number().int() });

export const LeadershipPosition = z.enum(['leader', 'deputy', 'member']);
export const LeadershipMemberDto = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  userId: z.string().nullable(),
  position: LeadershipPosition,
  duties: z.string().nullable(),
  from: z.string(),
  to: z.string().nullable(),
  endReason: z.string().nullable(),
});
export const AddLeadershipMemberRequest = z.object({
  name: z.string().trim().min(1, '请输入姓名').max(32),
  title: z.string().trim().max(64).optional(),
  userId: z.uuid().nullable().optional(),
  position: LeadershipPosition,
  duties: z.string().trim().max(500).optional(),
  from: isoDate,
});
export const EndLeadershipMemberRequest = z.object({ to: isoDate, reason: z.string().trim().min(1, '请填写原因').max(500) });
