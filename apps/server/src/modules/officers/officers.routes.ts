import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  AddCommitmentRequest,
  AddOfficerRecordRequest,
  AddTrainingRequest,
  ApplyCertificateRequest,
  CertificateTransitionRequest,
  EligibilityDto,
  EligibilityQuery,
  ErrorBody,
  OfficerDashboardDto,
  OfficerDetailDto,
  OfficerLeaveRequest,
  OfficerList,
  OfficerListQuery,
  RescindRecordRequest,
  SaveOfficerRequest,
  UpdateOfficerRequest,
} from '@quanze/contracts';
import { requireActor, requirePermission } from '../../platform/auth/authorize.ts';
import type { Deps } from '../../platform/deps.ts';
import { applyForCertificate, transitionCertificate } from './commands/certificate-commands.ts';
import { createOfficer } from './commands/create-officer.ts';
import { addCommitment, addRecord, addTraining, officerLeaves, rescindRecord, updateOfficer } from './commands/officer-file.ts';
import { officerEligibility, revealOfficerIdCard } from './commands/officer-reads.ts';
import { listOfficers, officerDashboard, officerDetail } from './officers.queries.ts';

const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const tags = ['officers'];
const Id = z.object({ id: z.uuid('执法人员不存在') });
const Detail = { 200: OfficerDetailDto, ...errors };

export function officerRoutes(deps: Deps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/officers', { schema: { tags, summary: '执法人员列表', querystring: OfficerListQuery, response: { 200: OfficerList, ...errors } } }, async (req) =>
      listOfficers(deps, requirePermission(req, 'officer:read'), req.query),
    );
    app.get('/officers/dashboard', { schema: { tags, summary: '执法人员统计卡片', response: { 200: OfficerDashboardDto, ...errors } } }, async (req) =>
      officerDashboard(deps, requirePermission(req, 'officer:read')),
    );
    app.post('/officers', { schema: { tags, summary: '新增执法人员', body: SaveOfficerRequest, response: { 201: OfficerDetailDto, ...errors } } }, async (req, reply) => {
      const actor = requirePermission(req, 'officer:manage');
      const id = await createOfficer(deps, actor, req.body, req.ip);
      return reply.status(201).send(await officerDetail(deps, actor, id));
    });
    app.get('/officers/:id', { schema: { tags, summary: '执法人员档案', params: Id, response: Detail } }, async (req) => officerDetail(deps, requireActor(req), req.params.id));
    app.patch('/officers/:id', { schema: { tags, summary: '修改档案', params: Id, body: UpdateOfficerRequest, response: Detail } }, async (req) => {
      const actor = requireActor(req);
      await updateOfficer(deps, actor, req.params.id, req.body, req.ip);
      return officerDetail(deps, actor, req.params.id);
    });
    app.post('/officers/:id/leave', { schema: { tags, summary: '离岗', params: Id, body: OfficerLeaveRequest, response: Detail } }, async (req) => {
      const actor = requireActor(req);
      await officerLeaves(deps, actor, req.params.id, req.body.reason, req.body.version, req.ip);
      return officerDetail(deps, actor, req.params.id);
    });
    app.post('/officers/:id/reveal', { schema: { tags, summary: '查看完整身份证号（留痕）', params: Id, response: { 200: z.object({ idCardNumber: z.string() }), ...errors } } }, async (req) =>
      revealOfficerIdCard(deps, requireActor(req), req.params.id, req.ip),
    );
    app.post('/officers/:id/trainings', { schema: { tags, summary: '登记培训', params: Id, body: AddTrainingRequest, response: Detail } }, async (req) => {
      const actor = requireActor(req);
      await addTraining(deps, actor, req.params.id, req.body, req.ip);
      return officerDetail(deps, actor, req.params.id);
    });
    app.post('/officers/:id/records', { schema: { tags, summary: '登记奖惩', params: Id, body: AddOfficerRecordRequest, response: Detail } }, async (req) => {
      const actor = requireActor(req);
      await addRecord(deps, actor, req.params.id, req.body, req.ip);
      return officerDetail(deps, actor, req.params.id);
    });
    app.post(
      '/officers/:id/records/:recordId/rescind',
      { schema: { tags, summary: '撤销奖惩记录', params: Id.extend({ recordId: z.uuid() }), body: RescindRecordRequest, response: Detail } },
      async (req) => {
        const actor = requireActor(req);
        await rescindRecord(deps, actor, req.params.id, req.params.recordId, req.body.reason, req.ip);
        return officerDetail(deps, actor, req.params.id);
      },
    );
    app.post('/officers/:id/commitments', { schema: { tags, summary: '登记廉政承诺', params: Id, body: AddCommitmentRequest, response: Detail } }, async (req) => {
      const actor = requireActor(req);
      await addCommitment(deps, actor, req.params.id, req.body, req.ip);
      return officerDetail(deps, actor, req.params.id);
    });
    app.get('/officers/:id/eligibility', { schema: { tags, summary: '执法资格校验（持证上岗）', params: Id, querystring: EligibilityQuery, response: { 200: EligibilityDto, ...errors } } }, async (req) =>
      officerEligibility(deps, requireActor(req), req.params.id, req.query),
    );
    app.post('/officers/:id/certificates', { schema: { tags, summary: '申领执法证', params: Id, body: ApplyCertificateRequest, response: Detail } }, async (req) => {
      const actor = requireActor(req);
      await applyForCertificate(deps, actor, req.params.id, req.body, req.ip);
      return officerDetail(deps, actor, req.params.id);
    });
    app.post(
      '/certificates/:id/transition',
      { schema: { tags, summary: '执法证状态变更', params: z.object({ id: z.uuid('执法证不存在') }), body: CertificateTransitionRequest, response: Detail } },
      async (req) => {
        const actor = requireActor(req);
        const officerId = await transitionCertificate(deps, actor, req.params.id, req.body, req.ip);
        return officerDetail(deps, actor, officerId);
      },
    );
  };
}
