/**
 * Public certificate check (portal, no login): by number, or by the QR URL that adds a random check code.
 * Only issued certificates (number set) are findable. An unknown number and a known number with a wrong code
 * answer the same 404 with the same message after the same work (one query, one constant-time comparison), so
 * the answer does not reveal which numbers exist. Rate-limited per IP. Shows the masked name only.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { ErrorBody, PublicCertificateDto } from '@quanze/contracts';
import { CERTIFICATE_STATUS_LABELS, maskPersonName } from '@quanze/domain';
import { safeEqual } from '../../platform/crypto.ts';
import type { Deps } from '../../platform/deps.ts';
import { AppError } from '../../platform/errors.ts';
import { departments } from '../org/index.ts';
import { enforcementSubjects } from '../subjects/index.ts';
import { certificates, officers } from './officers.table.ts';

export interface PublicCheckOptions {
  /** Checks per IP per minute. */
  ratePerMinute?: number;
}

const NOT_FOUND_MESSAGE = '未查询到该执法证，请核对证号（或重新扫描证件上的二维码）';
/** Compared against when the number is unknown, so both refusals cost the same. */
const DUMMY_CODE = 'x'.repeat(12);

const CheckQuery = z.object({
  number: z.string().trim().min(1, '请输入执法证号').max(64),
  code: z.string().trim().max(64).optional(),
});

export function publicCertificateRoutes(deps: Deps, opts: PublicCheckOptions = {}): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/public/certificates/check',
      {
        config: { rateLimit: { max: opts.ratePerMinute ?? 30, timeWindow: '1 minute' } },
        schema: {
          tags: ['portal'],
          summary: '门户：执法证查询（证号或二维码）',
          querystring: CheckQuery,
          response: { 200: PublicCertificateDto, 400: ErrorBody, 404: ErrorBody, 429: ErrorBody },
        },
      },
      async (req) => {
        const { number } = req.query;
        const code = req.query.code || undefined;
        const [row] = await deps.db
          .select({
            number: certificates.number,
            checkCode: certificates.checkCode,
            status: certificates.status,
            categories: certificates.categories,
            areas: certificates.areas,
            validTo: certificates.validTo,
            holderName: officers.name,
            departmentName: departments.name,
            subjectName: enforcementSubjects.name,
          })
          .from(certificates)
          .innerJoin(officers, eq(officers.id, certificates.officerId))
          .innerJoin(enforcementSubjects, eq(enforcementSubjects.id, officers.subjectId))
          .leftJoin(departments, eq(departments.id, officers.departmentId))
          .where(eq(certificates.number, number))
          .limit(1);
        const codeMatches = safeEqual(code ?? '', row && code !== undefined ? row.checkCode : DUMMY_CODE);
        if (!row || row.number === null || (code !== undefined && !codeMatches))
          throw new AppError('CERTIFICATE_NOT_FOUND', NOT_FOUND_MESSAGE);
        return {
          number: row.number,
          holderName: maskPersonName(row.holderName),
          departmentName: row.departmentName,
          subjectName: row.subjectName,
          categories: row.categories,
          areas: row.areas,
          status: row.status,
          statusLabel: CERTIFICATE_STATUS_LABELS[row.status],
          validTo: row.validTo,
          checkedAt: deps.clock.now().toISOString(),
        };
      },
    );
  };
}
