import { notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import { findStaff, type StaffDetails } from '../../storage/organisation-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/**
 * One member of staff for the edit page; the read of their name and e-mail is audited (`staff.read`)
 * in the same transaction.
 * @example const person = await readStaff(deps, 9);
 */
export async function readStaff(deps: UseCaseDeps, id: number): Promise<StaffDetails> {
  return deps.db.transaction().execute(async (tx) => {
    const person = await findStaff(tx, deps.actor.officeId, id);
    if (!person) throw notFound();
    await appendAudit(tx, deps.actor, deps.clock.now(), { action: 'staff.read', subjectType: 'staff', subjectId: id });
    return person;
  });
}
