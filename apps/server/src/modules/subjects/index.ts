/** subjects: the register of enforcement subjects (执法主体) and their dated status history. */
export { subjectRoutes } from './subjects.routes.ts';
export { enforcementSubjects } from './subjects.table.ts';
export { publicSubjectRoutes } from './public.routes.ts';
