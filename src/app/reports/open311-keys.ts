import { createHash, randomBytes } from 'node:crypto';
import { conflict, notFound } from '../../domain/shared/errors.ts';
import { FieldCheck } from '../../domain/shared/validate.ts';
import { appendAudit } from '../../storage/audit-repository.ts';
import type { Db } from '../../storage/database.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

const KEY_SHAPE = /^o311_[A-Za-z0-9_-]{43}$/;

/** The digest a key is kept as: a key is 256 random bits, so a plain SHA-256 is enough (nothing to guess). */
function keyHash(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}

/**
 * Issues an Open311 key to a named client. The key is answered once and only its digest is kept.
 * @example const { id, key } = await issueApiKey(deps, { name: 'FixMyStreet Piotrków' }); // key: 'o311_…'
 */
export async function issueApiKey(deps: UseCaseDeps, input: { name: unknown }): Promise<{ id: number; key: string }> {
  const v = new FieldCheck();
  const name = v.text('name', input.name, { max: 120 });
  v.done();
  const key = `o311_${randomBytes(32).toString('base64url')}`;
  const now = deps.clock.now();
  return deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('open311_api_key')
      .values({ office_id: deps.actor.officeId, name, key_hash: keyHash(key), created_at: now, created_by: deps.actor.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(tx, deps.actor, now, { action: 'report.api_key_issue', subjectType: 'open311_api_key', subjectId: row.id });
    return { id: row.id, key };
  });
}

/**
 * Revokes a key: every later request with it is refused (403).
 * @example await revokeApiKey(deps, { keyId: 2 });
 */
export async function revokeApiKey(deps: UseCaseDeps, input: { keyId: number }): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (tx) => {
    const key = await tx
      .selectFrom('open311_api_key')
      .select(['id', 'revoked_at'])
      .where('id', '=', input.keyId)
      .where('office_id', '=', deps.actor.officeId)
      .forUpdate()
      .executeTakeFirst();
    if (!key) throw notFound();
    if (key.revoked_at !== null) throw conflict('reports.apiKeys.alreadyRevoked');
    await tx.updateTable('open311_api_key').set({ revoked_at: now }).where('id', '=', key.id).execute();
    await appendAudit(tx, deps.actor, now, { action: 'report.api_key_revoke', subjectType: 'open311_api_key', subjectId: key.id });
  });
}

/**
 * The id of a live key, or null for a key that is unknown, malformed or revoked.
 * @example await apiKeyId(db, officeId, request.body.api_key) // 3
 */
export async function apiKeyId(db: Db, officeId: number, key: string): Promise<number | null> {
  if (!KEY_SHAPE.test(key)) return null;
  const row = await db
    .selectFrom('open311_api_key')
    .select('id')
    .where('key_hash', '=', keyHash(key))
    .where('office_id', '=', officeId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return row?.id ?? null;
}

export interface ApiKeySummary {
  id: number;
  name: string;
  createdAt: Date;
  revokedAt: Date | null;
}

/** The office's keys, newest first (names and dates; the keys themselves are not kept). */
export async function listApiKeys(db: Db, officeId: number): Promise<ApiKeySummary[]> {
  return db
    .selectFrom('open311_api_key')
    .select(['id', 'name', 'created_at as createdAt', 'revoked_at as revokedAt'])
    .where('office_id', '=', officeId)
    .orderBy('id', 'desc')
    .execute();
}
