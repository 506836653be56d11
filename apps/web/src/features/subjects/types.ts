import type {
  PublicSubjectDto as PublicSubjectSchema,
  SaveSubjectRequest as SaveSubjectSchema,
  SubjectAction as SubjectActionSchema,
  SubjectKind as SubjectKindSchema,
  SubjectList as SubjectListSchema,
  SubjectStatus as SubjectStatusSchema,
  UpdateSubjectRequest as UpdateSubjectSchema,
} from '@quanze/contracts';

type Output<S extends { parse: (value: unknown) => unknown }> = ReturnType<S['parse']>;

export type { SubjectDto } from '@quanze/contracts';
export type SubjectKind = Output<typeof SubjectKindSchema>;
export type SubjectStatus = Output<typeof SubjectStatusSchema>;
export type SubjectAction = Output<typeof SubjectActionSchema>;
export type SubjectList = Output<typeof SubjectListSchema>;
export type SaveSubjectRequest = Output<typeof SaveSubjectSchema>;
export type UpdateSubjectRequest = Output<typeof UpdateSubjectSchema>;
export type PublicSubjectDto = Output<typeof PublicSubjectSchema>;
