import { nextSituationStatus, readSituationAction, readSituationClosing } from '../../domain/difficult-situations/index.ts';
import { officeDate } from '../../domain/organisation/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { conflict, notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { situationForChange, type SituationViewer } from './scope.ts';

/**
 * Adds one more promised action (step 6) to an open situation.
 * @example await addSituationAction(deps, viewer, 4, { actionDescription: 'Oddzwonić', actionResponsible: 'Kierownik USC', actionDueOn: '2026-12-05' });
 */
export async function addSituationAction(deps: UseCaseDeps, viewer: SituationViewer, id: number, form: FormValues): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const situation = await situationForChange(tx, deps.actor.officeId, id, viewer);
    nextSituationStatus(situation.status, 'addAction');
    const action = readSituationAction(form, officeDate(situation.occurred_at));
    const row = await tx
      .insertInto('difficult_situation_action')
      .values({ situation_id: id, description: action.description, responsible: action.responsible, due_on: action.dueOn })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(tx, deps.actor, now, {
      action: 'situation.add_action',
      subjectType: 'difficult_situation',
      subjectId: id,
      details: { actionId: row.id, dueOn: action.dueOn },
    });
  });
}

/** Marks a promised action as done (also after the situation was closed). */
export async function completeSituationAction(deps: UseCaseDeps, viewer: SituationViewer, id: number, actionId: number): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const situation = await situationForChange(tx, deps.actor.officeId, id, viewer);
    nextSituationStatus(situation.status, 'completeAction');
    const action = await tx
      .selectFrom('difficult_situation_action')
      .select(['id', 'done_at'])
      .where('id', '=', actionId)
      .where('situation_id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!action) throw notFound();
    if (action.done_at !== null) throw conflict('situations.errors.actionDone');
    await tx.updateTable('difficult_situation_action').set({ done_at: now }).where('id', '=', actionId).execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'situation.complete_action',
      subjectType: 'difficult_situation',
      subjectId: id,
      details: { actionId },
    });
  });
}

/** Closes the situation with step 7: whether the solution met the client's expectations. */
export async function closeSituation(deps: UseCaseDeps, viewer: SituationViewer, id: number, form: FormValues): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const situation = await situationForChange(tx, deps.actor.officeId, id, viewer);
    const status = nextSituationStatus(situation.status, 'close');
    const closing = readSituationClosing(form);
    await tx
      .updateTable('difficult_situation')
      .set({ status, met_expectations: closing.metExpectations, closing_note: closing.closingNote, closed_at: now })
      .where('id', '=', id)
      .execute();
    await appendAudit(tx, deps.actor, now, {
      action: 'situation.close',
      subjectType: 'difficult_situation',
      subjectId: id,
      details: { metExpectations: closing.metExpectations },
    });
  });
}
