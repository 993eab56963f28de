// The audit module's public face: reading the log (itself audited) and checking its hash chain.
export {
  readAuditFilter,
  readAuditLog,
  AUDIT_PAGE_SIZE,
  type AuditFilter,
  type AuditFilterInput,
  type AuditRow,
} from './read-audit-log.ts';
export { checkAuditChain } from './check-audit-chain.ts';
export type { ChainCheck } from '../../storage/audit-repository.ts';
