import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { manageLinkExpiry, signManageToken, verifyManageToken } from '../../src/app/booking/manage-token.ts';
import { DomainError } from '../../src/domain/shared/errors.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';

const refusedWith = (key: string) => (error: unknown) => error instanceof DomainError && error.key === key;

describe('manage link tokens', () => {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
  });
  after(async () => {
    await database.drop();
  });

  const now = new Date('2026-11-25T09:00:00Z');
  const expiresAt = manageLinkExpiry(new Date('2026-11-30T10:30:00Z'));

  it('accepts the token it signed, for the code and version it was signed for', async () => {
    const token = await signManageToken(database.db, { code: 'ABCD-EFGH', version: 2, expiresAt });
    const grant = await verifyManageToken(database.db, 'ABCD-EFGH', token, now);
    assert.equal(grant.version, 2);
    assert.equal(grant.expiresAt.toISOString(), '2026-12-01T10:30:00.000Z');
  });

  it('refuses a token made for another booking code', async () => {
    const token = await signManageToken(database.db, { code: 'ABCD-EFGH', version: 1, expiresAt });
    await assert.rejects(verifyManageToken(database.db, 'ABCD-EFGJ', token, now), refusedWith('booking.manage.linkInvalid'));
  });

  it('refuses a token whose version or expiry was altered', async () => {
    const token = await signManageToken(database.db, { code: 'ABCD-EFGH', version: 1, expiresAt });
    const [, seconds, mac] = token.split('.');
    await assert.rejects(
      verifyManageToken(database.db, 'ABCD-EFGH', `2.${seconds}.${mac}`, now),
      refusedWith('booking.manage.linkInvalid'),
    );
    await assert.rejects(
      verifyManageToken(database.db, 'ABCD-EFGH', `1.${Number(seconds) + 86_400}.${mac}`, now),
      refusedWith('booking.manage.linkInvalid'),
    );
    await assert.rejects(verifyManageToken(database.db, 'ABCD-EFGH', 'not-a-token', now), refusedWith('booking.manage.linkInvalid'));
  });

  it('says a link has expired after its time, and not before', async () => {
    const token = await signManageToken(database.db, { code: 'ABCD-EFGH', version: 1, expiresAt });
    await verifyManageToken(database.db, 'ABCD-EFGH', token, new Date(expiresAt.getTime() - 1000));
    await assert.rejects(
      verifyManageToken(database.db, 'ABCD-EFGH', token, new Date(expiresAt.getTime() + 1000)),
      refusedWith('booking.manage.linkExpired'),
    );
  });

  it('keeps one signing key per database, so a restarted process accepts earlier links', async () => {
    const rows = await database.db.selectFrom('app_secret').select('name').execute();
    assert.deepEqual(
      rows.map((r) => r.name),
      ['booking_manage'],
    );
  });
});
