import type { FastifyRequest } from 'fastify';
import type { Permission } from '@quanze/domain';
import { AppError } from '../errors.ts';
import type { Actor } from './actor.ts';

/**
 * The one gate every route passes: logged in, password not due for change, second factor done where the role
 * needs it, and the permission held. Object scope is checked after loading the object (inScope → 404).
 */
export function requireActor(req: FastifyRequest, opts: { allowPendingPasswordChange?: boolean; allowPendingSecondFactor?: boolean } = {}): Actor {
  const actor = req.actor;
  if (!actor) {
    if (req.sessionProblem === 'expired') throw new AppError('AUTH_SESSION_EXPIRED', '登录已超时，请重新登录');
    throw new AppError('AUTH_REQUIRED', '请先登录');
  }
  if (actor.mustChangePassword && !opts.allowPendingPasswordChange) {
    throw new AppError('PASSWORD_CHANGE_REQUIRED', '请先修改密码（首次登录、密码被重置或已超过有效期）');
  }
  if (actor.secondFactorRequired && !actor.secondFactorSatisfied && !opts.allowPendingSecondFactor) {
    throw new AppError('AUTH_SECOND_FACTOR_REQUIRED', '管理员账号须先完成动态口令（双因素）认证', {
      basis: { law: 'GB/T 22239-2019', article: '8.1.4.1 d）双因素鉴别' },
    });
  }
  return actor;
}

export function requirePermission(req: FastifyRequest, permission: Permission): Actor {
  const actor = requireActor(req);
  if (!actor.permissions.has(permission)) throw new AppError('FORBIDDEN', '没有执行此操作的权限');
  return actor;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionProblem: 'none' | 'expired' | null;
  }
}
