/**
 * 归档 (第四十七条: the full record of the case is archived): the case file must be complete — every document its
 * path requires generated, and the cover with its 卷内目录 made after the last of them (packages/domain/documents
 * checkCaseFile). The check sets drafts.caseFileComplete for the domain guard; when the file is the only obstacle,
 * the refusal names each missing document with its reason. The step records the documents archived with their hashes.
 */
import { checkAction, describeMissing, procedureSources } from '@quanze/domain';
import { AppError } from '../../../platform/errors.ts';
import { caseFileState } from '../../documents/index.ts';
import { buildCaseActor, buildSnapshot } from '../snapshot-builder.ts';
import { overlay, payloadOf, type PreparerTable } from './action-input.ts';

export const ARCHIVE_PREPARERS = {
  archive: async (c, input) => {
    const { docs, check } = await caseFileState(c.tx, c.row, c.record.steps);
    if (!check.complete) {
      // Another refusal (the state, the person) comes first: ask the domain as if the file were complete.
      const caseActor = await buildCaseActor(c.tx, c.actor, c.now);
      const otherwise = checkAction(overlay(buildSnapshot(c.record), { payload: {}, drafts: { caseFileComplete: true } }), 'archive', caseActor, c.now, c.config);
      if (otherwise.ok) {
        throw new AppError('CASE_FILE_INCOMPLETE', `案卷不完整，不能归档：${describeMissing(check.missing)}`, {
          basis: procedureSources.ARCHIVING,
          details: { path: check.path, missing: check.missing },
        });
      }
    }
    const latest = new Map<string, (typeof docs)[number]>();
    for (const d of docs) if ((latest.get(d.kind)?.version ?? 0) < d.version) latest.set(d.kind, d);
    return {
      drafts: { caseFileComplete: check.complete },
      payload: {
        ...payloadOf(input),
        caseFilePath: check.path,
        documents: [...latest.values()].map((d) => ({ id: d.id, kind: d.kind, number: d.number, version: d.version, fileHash: d.fileHash })),
      },
    };
  },
} satisfies Partial<PreparerTable>;
