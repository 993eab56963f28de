import type { UseCaseDeps } from '../shared/deps.ts';
import { complaintPolicy, type ComplaintPolicy } from './complaint-policy.ts';

/** The register's settings of the actor's office, for its settings page. */
export async function complaintPolicyOf(deps: UseCaseDeps): Promise<ComplaintPolicy> {
  return complaintPolicy(deps.db, deps.actor.officeId);
}
