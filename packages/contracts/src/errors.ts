import { z } from 'zod';

/** Every error the API returns has this shape. `code` is stable; `message` is Chinese, for people. */
export const ErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  basis: z.object({ law: z.string(), article: z.string(), note: z.string().optional() }).optional(),
  fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
