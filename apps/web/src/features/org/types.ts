import type {
  AddLeadershipMemberRequest as AddMemberSchema,
  CreatePostRequest as CreatePostSchema,
  LeadershipMemberDto as MemberSchema,
  LeadershipPosition as PositionSchema,
  PostDto as PostSchema,
} from '@quanze/contracts';

type Output<S extends { parse: (value: unknown) => unknown }> = ReturnType<S['parse']>;

export type PostDto = Output<typeof PostSchema>;
export type CreatePostRequest = Output<typeof CreatePostSchema>;
export type LeadershipMemberDto = Output<typeof MemberSchema>;
export type LeadershipPosition = Output<typeof PositionSchema>;
export type AddLeadershipMemberRequest = Output<typeof AddMemberSchema>;

/** GLOSSARY: 领导小组 — 组长 leader, 副组长 deputy, 成员 member. */
export const POSITION_LABELS: Record<LeadershipPosition, string> = { leader: '组长', deputy: '副组长', member: '成员' };
export const POST_ROLE_LABELS: Record<PostDto['role'], string> = { A: 'A岗', B: 'B岗' };
