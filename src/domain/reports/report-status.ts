// The life of a problem report, modelled on FixMyStreet's states: a report sent with an e-mail waits
// unconfirmed until its link is used; then the Contact Centre moves it through investigating, in progress
// and action scheduled to fixed, or closes it with a reason.

export const REPORT_STATUSES = ['unconfirmed', 'open', 'investigating', 'in_progress', 'action_scheduled', 'fixed', 'closed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const CLOSE_REASONS = ['not_responsible', 'duplicate', 'no_further_action'] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** The statuses staff may set (unconfirmed is only ever the start). */
export const STAFF_STATUSES = ['open', 'investigating', 'in_progress', 'action_scheduled', 'fixed', 'closed'] as const;
export type StaffStatus = (typeof STAFF_STATUSES)[number];

/** Where a report stands: its status, and for a closed one the reason, where to turn or the report it duplicates. */
export type ReportState =
  | { status: Exclude<ReportStatus, 'closed'> }
  | { status: 'closed'; reason: 'not_responsible'; referTo: string }
  | { status: 'closed'; reason: 'duplicate'; duplicateOf: number }
  | { status: 'closed'; reason: 'no_further_action' };

/** Why a change of status is refused (a message key's last part). */
export type StatusRefusal = 'unconfirmed' | 'same' | 'duplicateOfItself';

const OPEN_STATES: ReadonlySet<ReportStatus> = new Set(['open', 'investigating', 'in_progress', 'action_scheduled']);

/** True while the office still works on it (Open311 "open"). */
export function isOpen(status: ReportStatus): boolean {
  return status === 'unconfirmed' || OPEN_STATES.has(status);
}

/**
 * Decides a change of status asked by staff: the new state, or why it is refused.
 * An unconfirmed report is not worked on until its reporter confirms it (staff may only hide it); a
 * fixed or closed one may be reopened; a duplicate must point at another report.
 * @example changeStatus({ status: 'open' }, { status: 'fixed' }, 7) // { ok: true, state: { status: 'fixed' } }
 * @example changeStatus({ status: 'unconfirmed' }, { status: 'fixed' }, 7) // { ok: false, refusal: 'unconfirmed' }
 */
export function changeStatus(
  current: ReportState,
  wanted: ReportState,
  reportId: number,
): { ok: true; state: ReportState } | { ok: false; refusal: StatusRefusal } {
  if (current.status === 'unconfirmed') return { ok: false, refusal: 'unconfirmed' };
  if (wanted.status === 'unconfirmed') return { ok: false, refusal: 'same' };
  if (wanted.status === 'closed' && wanted.reason === 'duplicate' && wanted.duplicateOf === reportId)
    return { ok: false, refusal: 'duplicateOfItself' };
  if (sameState(current, wanted)) return { ok: false, refusal: 'same' };
  return { ok: true, state: wanted };
}

function sameState(a: ReportState, b: ReportState): boolean {
  if (a.status !== b.status) return false;
  if (a.status !== 'closed' || b.status !== 'closed') return true;
  if (a.reason !== b.reason) return false;
  if (a.reason === 'duplicate' && b.reason === 'duplicate') return a.duplicateOf === b.duplicateOf;
  if (a.reason === 'not_responsible' && b.reason === 'not_responsible') return a.referTo === b.referTo;
  return true;
}

/**
 * The state a confirmation link leads to: an unconfirmed report opens; any other stays as it is
 * (a link used twice is not an error).
 * @example confirmReport('unconfirmed') // 'open'
 */
export function confirmReport(status: ReportStatus): ReportStatus {
  return status === 'unconfirmed' ? 'open' : status;
}

/** The columns a state is stored in. */
export function stateColumns(state: ReportState): {
  status: ReportStatus;
  closeReason: CloseReason | null;
  referTo: string | null;
  duplicateOf: number | null;
} {
  if (state.status !== 'closed') return { status: state.status, closeReason: null, referTo: null, duplicateOf: null };
  return {
    status: 'closed',
    closeReason: state.reason,
    referTo: state.reason === 'not_responsible' ? state.referTo : null,
    duplicateOf: state.reason === 'duplicate' ? state.duplicateOf : null,
  };
}

/** A stored state back as a value; null columns of a closed report that the schema forbids are never read. */
export function stateOf(columns: {
  status: ReportStatus;
  closeReason: CloseReason | null;
  referTo: string | null;
  duplicateOf: number | null;
}): ReportState {
  if (columns.status !== 'closed') return { status: columns.status };
  if (columns.closeReason === 'duplicate') return { status: 'closed', reason: 'duplicate', duplicateOf: columns.duplicateOf ?? 0 };
  if (columns.closeReason === 'not_responsible') return { status: 'closed', reason: 'not_responsible', referTo: columns.referTo ?? '' };
  return { status: 'closed', reason: 'no_further_action' };
}
