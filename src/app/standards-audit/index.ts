// Audits of the service standards ("tajemniczy klient", issue 18 part 4).
// Use cases:
export { recordAudit } from './record-audit.ts';
export { addChecklistItem, retireChecklistItem, loadSeedChecklist } from './checklist.ts';
export type { AuditViewer } from './scope.ts';
// Read models:
export { auditChecklist, type ChecklistItem } from './checklist.ts';
export {
  auditOverview,
  auditDetail,
  auditFormChoices,
  type AuditOverview,
  type AuditDetail,
  type AuditListItem,
  type Score,
} from './audit-views.ts';
