import { type AnnouncementInput } from '../../domain/announcements/index.ts';
import { forbidden } from '../../domain/shared/errors.ts';
import { translatedValues } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** The acting member of staff's id; a device or the system does not write announcements by hand. */
export function staffId(deps: UseCaseDeps): number {
  if (deps.actor.kind !== 'staff' || deps.actor.id === null) throw forbidden();
  return deps.actor.id;
}

/** The columns of a checked announcement. */
export function columns(input: AnnouncementInput) {
  return {
    severity: input.severity,
    ...translatedValues('text', input.text),
    places: input.places,
    shown_from: input.shownFrom,
    shown_until: input.shownUntil,
  };
}
