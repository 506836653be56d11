/**
 * Demo 满意度评议: the demo cases that reached 结案 already carry their 评价码 on the closing step (issued by the
 * close command itself); here the parties answer a few days after each closing, through the same command the portal
 * uses, so the results page has real rows. The latest closing of a case still 已结案 (not archived since) is left
 * unanswered, so the demo always has one live code to try on the portal (shown on that case's 满意度评议 tab).
 * Nothing is inserted behind the command's back.
 */
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../platform/db.ts';
import { caseSteps, penaltyCases } from '../modules/cases/index.ts';
import { respondWithCode } from '../modules/surveys/index.ts';

const ANSWERS = [
  { rating: 5, comment: '办案人员依法告知了陈述申辩的权利，程序规范，态度和蔼。' },
  { rating: 4, comment: '处理及时，文书说明清楚；希望以后能提供更多线上办理渠道。' },
  { rating: 3, comment: '' },
];

export async function seedDemoSurveys(tx: Tx, bureauId: string, now: Date): Promise<number> {
  try {
    return await tx.transaction((sp) => answerClosings(sp, bureauId, now));
  } catch (e) {
    console.warn(`[quanze] 演示满意度评议未能载入（其余演示数据不受影响）：${e instanceof Error ? e.message : String(e)}`);
    return 0;
  }
}

async function answerClosings(tx: Tx, bureauId: string, now: Date): Promise<number> {
  const closings = await tx
    .select({ at: caseSteps.at, payload: caseSteps.payload, state: penaltyCases.state })
    .from(caseSteps)
    .innerJoin(penaltyCases, eq(penaltyCases.id, caseSteps.caseId))
    .where(and(eq(penaltyCases.bureauId, bureauId), eq(caseSteps.action, 'close')))
    .orderBy(caseSteps.at);
  const live = closings.findLast((c) => c.state === 'closed') ?? closings.at(-1);
  let answered = 0;
  for (const [i, step] of closings.filter((c) => c !== live).entries()) {
    const code = (step.payload['survey'] as { code?: string } | undefined)?.code;
    if (!code) continue;
    // Answered three days after the closing, within the code's validity, and never in the future.
    const at = new Date(Math.min(step.at.getTime() + 3 * 86_400_000, now.getTime()));
    const answer = ANSWERS[i % ANSWERS.length]!;
    await respondWithCode(tx, { code, ...answer }, at);
    answered++;
  }
  return answered;
}
