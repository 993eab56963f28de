import { registerConstraintMessages } from './database-errors.ts';

/** Words the directory's constraints for its forms (issue 14); imported by the directory's use cases. */
registerConstraintMessages({
  staff_absence_no_overlap: { kind: 'conflict', field: 'starts_on', key: 'directory.errors.absenceOverlaps' },
});
