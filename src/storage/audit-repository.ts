import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Tx } from './database.ts';
import type { Actor } from '../app/shared/deps.ts';

export interface AuditEntry {
  action: string;
  subjectType?: string;
  subjectId?: string | number;
  /** Ids and field names only, never personal data itself. */
  details?: Record<string, unknown>;
}

// Serialises writers of the chain: each row must see the hash of the one committed before it.
const AUDIT_CHAIN_LOCK = 7_412_006_002;
const GENESIS: Buffer = Buffer.alloc(32);

/** JSON with object keys sorted at every level, so a jsonb round trip gives the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

interface HashedFields {
  at: Date;
  actor_kind: Actor['kind'];
  actor_id: number | null;
  actor_label: string;
  role: string;
  action: string;
  subject_type: string;
  subject_id: string;
  details: unknown;
  address: string;
}

export function auditHash(prev: Buffer, row: HashedFields): Buffer {
  const text = canonicalJson([
    prev.toString('hex'), row.at.toISOString(), row.actor_kind, row.actor_id, row.actor_label, row.role,
    row.action, row.subject_type, row.subject_id, row.details, row.address,
  ]);
  return createHash('sha256').update(text).digest();
}

/**
 * Appends one row to the audit log inside the caller's transaction, chained to the row before it.
 * Call it last in a use case: it holds the chain's lock until the transaction ends.
 * @example await appendAudit(tx, deps.actor, deps.clock.now(), { action: 'building.create', subjectType: 'building', subjectId: id });
 */
export async function appendAudit(tx: Tx, actor: Actor, at: Date, entry: AuditEntry): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(tx);
  const last = await tx.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  const prev = last?.hash ?? GENESIS;
  const row: HashedFields = {
    at,
    actor_kind: actor.kind,
    actor_id: actor.id,
    actor_label: actor.label,
    role: actor.role,
    action: entry.action,
    subject_type: entry.subjectType ?? '',
    subject_id: entry.subjectId === undefined ? '' : String(entry.subjectId),
    details: JSON.parse(canonicalJson(entry.details ?? {})),
    address: actor.address,
  };
  await tx.insertInto('audit_log').values({
    ...row,
    details: canonicalJson(row.details),
    prev_hash: prev,
    hash: auditHash(prev, row),
  }).execute();
}

export interface ChainCheck {
  ok: boolean;
  rows: number;
  /** The first row whose hash or link does not match, if any. */
  brokenAt: string | null;
}

/** Walks the whole chain in order and recomputes every hash. */
export async function verifyAuditChain(db: Db): Promise<ChainCheck> {
  let prev: Buffer = GENESIS;
  let rows = 0;
  let afterId = '0';
  for (;;) {
    const batch = await db.selectFrom('audit_log').selectAll()
      .where('id', '>', afterId).orderBy('id').limit(1000).execute();
    if (batch.length === 0) return { ok: true, rows, brokenAt: null };
    for (const row of batch) {
      const expected = auditHash(prev, { ...row, at: new Date(row.at) });
      if (!row.prev_hash.equals(prev) || !row.hash.equals(expected)) return { ok: false, rows, brokenAt: row.id };
      prev = row.hash;
      rows += 1;
      afterId = row.id;
    }
  }
}
