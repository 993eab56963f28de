import '../../storage/organisation-constraints.ts';
import { readOffice } from '../../domain/organisation/office-input.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { notFound } from '../../domain/shared/errors.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { changedFields } from './changes.ts';

/**
 * Saves the office's name, address, contact and accessibility statement fields.
 * @example await updateOffice(deps, { name: 'Urząd Miasta', short_name: 'UM', a11y_status: 'partial' });
 */
export async function updateOffice(deps: UseCaseDeps, form: FormValues): Promise<void> {
  const input = readOffice(form);
  const values = {
    name: input.name,
    short_name: input.shortName,
    street: input.street,
    postal_code: input.postalCode,
    city: input.city,
    phone: input.phone,
    email: input.email,
    website: input.website,
    a11y_status: input.a11yStatus,
    a11y_published_on: input.a11yPublishedOn,
    a11y_updated_on: input.a11yUpdatedOn,
    a11y_prepared_on: input.a11yPreparedOn,
    a11y_reviewed_on: input.a11yReviewedOn,
    a11y_contact_name: input.a11yContactName,
    a11y_contact_email: input.a11yContactEmail,
    a11y_contact_phone: input.a11yContactPhone,
    a11y_exceptions: input.a11yExceptions,
  };
  await deps.db.transaction().execute(async (tx) => {
    const before = await tx.selectFrom('office').selectAll().where('id', '=', deps.actor.officeId).forUpdate().executeTakeFirst();
    if (!before) throw notFound();
    await tx.updateTable('office').set(values).where('id', '=', deps.actor.officeId).execute();
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'office.update',
      subjectType: 'office',
      subjectId: deps.actor.officeId,
      details: { fields: changedFields(before, values) },
    });
  });
}
