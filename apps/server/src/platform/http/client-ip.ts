import type { FastifyRequest } from 'fastify';
export const clientIp = (req: FastifyRequest): string | null => req.ip ?? null;
