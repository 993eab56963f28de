import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db, Tx } from './database.ts';
import type { Actor } from '../domain/shared/actor.ts';

export interface AuditEntry {
  action: string;
  subjectType?: string;
  subjectId?: string | number;
  /** Ids and field names only, never personal data itself. */
  details?: Record<string, unknown>;
}

// Serialises the sealers of the chain (one per app process may run): each seals after the last sealed row.
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
    prev.toString('hex'),
    row.at.toISOString(),
    row.actor_kind,
    row.actor_id,
    row.actor_label,
    row.role,
    row.action,
    row.subject_type,
    row.subject_id,
    row.details,
    row.address,
  ]);
  return createHash('sha256').update(text).digest();
}

/**
 * Appends one row to the audit log inside the caller's transaction: it exists if and only if the change
 * commits. No lock is taken: the sealer (`sealAuditLog`) chains it right after commit, so use cases on
 * different subjects never wait for one another here.
 * @example await appendAudit(tx, deps.actor, deps.clock.now(), { action: 'building.create', subjectType: 'building', subjectId: id });
 */
export async function appendAudit(tx: Tx, actor: Actor, at: Date, entry: AuditEntry): Promise<void> {
  await tx
    .insertInto('audit_log')
    .values({
      at,
      actor_kind: actor.kind,
      actor_id: actor.id,
      actor_label: actor.label,
      role: actor.role,
      action: entry.action,
      subject_type: entry.subjectType ?? '',
      subject_id: entry.subjectId === undefined ? '' : String(entry.subjectId),
      details: canonicalJson(entry.details ?? {}),
      address: actor.address,
      seq: null,
      prev_hash: null,
      hash: null,
    })
    .execute();
}

const SEAL_BATCH = 500;

/**
 * Seals the committed rows not yet in the chain, oldest id first, each linked to the row sealed before
 * it; returns how many it sealed. Rows become visible in commit order, so a row committed after another
 * is always sealed after it. Safe to run from several processes: one sealer at a time holds the lock.
 * @example await sealAuditLog(db) // 12
 */
export async function sealAuditLog(db: Db): Promise<number> {
  let sealed = 0;
  for (;;) {
    const batch = await db.transaction().execute(async (tx) => {
      await sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(tx);
      const rows = await tx.selectFrom('audit_log').selectAll().where('seq', 'is', null).orderBy('id').limit(SEAL_BATCH).execute();
      if (rows.length === 0) return 0;
      const last = await tx
        .selectFrom('audit_log')
        .select(['seq', 'hash'])
        .where('seq', 'is not', null)
        .orderBy('seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      let prev = last?.hash ?? GENESIS;
      let seq = BigInt(last?.seq ?? '0');
      const values = rows.map((row) => {
        seq += 1n;
        const hash = auditHash(prev, { ...row, at: new Date(row.at) });
        const value = sql`(${row.id}::bigint, ${seq.toString()}::bigint, ${prev}::bytea, ${hash}::bytea)`;
        prev = hash;
        return value;
      });
      await sql`UPDATE audit_log AS a SET seq = v.seq, prev_hash = v.prev_hash, hash = v.hash
        FROM (VALUES ${sql.join(values)}) AS v (id, seq, prev_hash, hash) WHERE a.id = v.id`.execute(tx);
      return rows.length;
    });
    sealed += batch;
    if (batch < SEAL_BATCH) return sealed;
  }
}

/**
 * Seals the audit log every `intervalMs` in the background (and once more when stopped), so the chain
 * trails the commits by about a second. Started by `okienko start`.
 * @example const sealer = startAuditSealer(db); … await sealer.stop();
 */
export function startAuditSealer(
  db: Db,
  intervalMs = 1000,
  onError: (error: unknown) => void = () => undefined,
): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() => sealAuditLog(db)).catch(onError);
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await sealAuditLog(db).catch(onError);
    },
  };
}

export interface ChainCheck {
  ok: boolean;
  rows: number;
  /** The first row whose hash or link does not match, if any. */
  brokenAt: string | null;
}

/** Seals what is committed, then walks the whole chain in order and recomputes every hash. */
export async function verifyAuditChain(db: Db): Promise<ChainCheck> {
  await sealAuditLog(db);
  let prev: Buffer = GENESIS;
  let rows = 0;
  let afterSeq = '0';
  for (;;) {
    const batch = await db.selectFrom('audit_log').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(1000).execute();
    if (batch.length === 0) return { ok: true, rows, brokenAt: null };
    for (const row of batch) {
      const expected = auditHash(prev, { ...row, at: new Date(row.at) });
      if (row.prev_hash === null || row.hash === null || !row.prev_hash.equals(prev) || !row.hash.equals(expected))
        return { ok: false, rows, brokenAt: row.id };
      prev = row.hash;
      rows += 1;
      afterSeq = row.seq!;
    }
  }
}
