import { appendAudit, verifyAuditChain, type ChainCheck } from '../../storage/audit-repository.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/**
 * Recomputes the whole audit chain and records who checked it and with what result.
 * The walk runs outside the transaction: it may read many rows and must not hold the chain's lock meanwhile.
 * @example const { ok, rows, brokenAt } = await checkAuditChain(deps);
 */
export async function checkAuditChain(deps: UseCaseDeps): Promise<ChainCheck> {
  const result = await verifyAuditChain(deps.db);
  await deps.db.transaction().execute(async (tx) => {
    await appendAudit(tx, deps.actor, deps.clock.now(), {
      action: 'audit.verify',
      details: { ok: result.ok, rows: result.rows, brokenAt: result.brokenAt },
    });
  });
  return result;
}
