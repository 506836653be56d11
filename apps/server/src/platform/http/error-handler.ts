import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, STATUS_BY_CODE } from '../errors.ts';
import { describeValidationIssues } from './validation-messages.ts';

/** The only place error codes become HTTP statuses. Nothing internal (stack, SQL) ever reaches the client. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError | Error, req, reply) => {
    if (err instanceof AppError) {
      return reply.status(STATUS_BY_CODE[err.code] ?? 400).send({
        code: err.code,
        message: err.message,
        ...(err.basis ? { basis: err.basis } : {}),
        ...(err.fieldErrors ? { fieldErrors: err.fieldErrors } : {}),
        ...(err.details ? { details: err.details } : {}),
      });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const { message, fieldErrors } = describeValidationIssues(err.validation);
      return reply.status(400).send({
        code: 'VALIDATION_FAILED',
        message,
        fieldErrors,
      });
    }
    const fe = err as FastifyError;
    if (fe.statusCode === 429) {
      return reply.status(429).send({ code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试' });
    }
    if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || fe.statusCode === 400 || fe.statusCode === 413 || fe.statusCode === 415) {
      return reply.status(fe.statusCode ?? 400).send({ code: 'BAD_REQUEST', message: '请求格式不正确' });
    }
    const pgCode = (err as { code?: string }).code;
    if (pgCode === 'ECONNREFUSED' || pgCode === '57P01' || pgCode === '57P03' || /Connection terminated|connect ECONNREFUSED/.test(err.message)) {
      req.log.error({ err }, 'database unavailable');
      return reply.status(503).send({ code: 'DB_UNAVAILABLE', message: '数据库暂时不可用，请稍后再试' });
    }
    req.log.error({ err }, 'unhandled error');
    return reply.status(500).send({ code: 'INTERNAL', message: '服务器内部错误，请稍后再试' });
  });
}
