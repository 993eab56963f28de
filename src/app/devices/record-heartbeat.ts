import { canonicalJson } from '../../storage/audit-repository.ts';
import { FieldCheck } from '../../domain/shared/validate.ts';
import { forbidden } from '../../domain/shared/errors.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { noteDeviceProblem } from '../announcements/index.ts';
import { problemOfFailure } from '../../domain/announcements/index.ts';

export const HEALTH_STATES = ['ok', 'warning', 'failed'] as const;
/** A heartbeat's details are a few sensor readings (paper, cover, temperature), not a log dump. */
export const DETAILS_MAX_CHARS = 2000;
export const FAILURE_MAX_CHARS = 500;

export interface HeartbeatInput {
  health: unknown;
  details?: unknown;
  failure?: unknown;
}

/** What the server itself read of a device's part (a kiosk's printer), added to the device's own report. */
export interface HealthReading {
  health: (typeof HEALTH_STATES)[number];
  details: Record<string, unknown>;
  failure: string | null;
}

const SEVERITY = { ok: 0, warning: 1, failed: 2 } as const;

/**
 * Records that the acting device is alive and how it feels. Heartbeats are not audited: they carry no
 * personal data and arrive every few seconds from every device, so they would drown the audit log;
 * the device row keeps the latest state and the time of the last failure. A printer's problem (or its end)
 * goes on to `noteDeviceProblem`, which raises or ends the device's outage banner (audited).
 * @example await recordHeartbeat(deps, { health: 'warning', details: { paper: 'low' } });
 */
export async function recordHeartbeat(deps: UseCaseDeps, input: HeartbeatInput, reading?: HealthReading): Promise<void> {
  const deviceId = deps.actor.id;
  if (deps.actor.kind !== 'device' || deviceId === null) throw forbidden();
  const v = new FieldCheck();
  const reported = v.oneOf('health', input.health, HEALTH_STATES);
  const reportedFailure = v.text('failure', input.failure, { max: FAILURE_MAX_CHARS, optional: true });
  let details = '{}';
  if (input.details !== undefined) {
    if (input.details === null || typeof input.details !== 'object' || Array.isArray(input.details))
      v.fail('details', 'devices.heartbeat.detailsObject');
    else {
      details = canonicalJson(input.details);
      if (details.length > DETAILS_MAX_CHARS) v.fail('details', 'devices.heartbeat.detailsTooLarge', { max: DETAILS_MAX_CHARS });
    }
  }
  v.done();
  let health = reported!;
  let failure = reportedFailure;
  if (reading) {
    // The worse of the two states stands; the device's own words about a failure come first.
    if (SEVERITY[reading.health] > SEVERITY[health]) health = reading.health;
    if (failure === '' && reading.failure !== null) failure = reading.failure;
    details = canonicalJson({ ...(JSON.parse(details) as object), ...reading.details });
  }

  const now = deps.clock.now();
  // One statement, so it is atomic on its own; a token revoked a moment ago writes nothing.
  const row = await deps.db
    .updateTable('device')
    .set({
      last_seen_at: now,
      health,
      health_details: details,
      ...(failure !== '' ? { last_failure: failure, last_failure_at: now } : {}),
    })
    .where('id', '=', deviceId)
    .where('revoked_at', 'is', null)
    .returning('problem')
    .executeTakeFirst();
  // A changed problem (a printer out of paper, a silent device beating again) moves its banner: a transaction
  // only then, not at every beat.
  const observed = problemOfFailure(reading ? reading.failure : reportedFailure);
  if (row && row.problem !== observed) await noteDeviceProblem(deps, deviceId, observed);
}
