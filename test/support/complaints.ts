import { sql } from 'kysely';
import type { Db } from '../../src/storage/database.ts';

/**
 * What the register's and the situations' forms write: every row of their tables as text, and the audit rows that
 * are not reads (a refused form shows the case again, and that read of personal data is audited as it should be).
 */
export async function writtenRows(db: Db): Promise<Record<string, string>> {
  const dump = async (table: string) =>
    (await sql<{ s: string | null }>`SELECT string_agg(t::text, '|' ORDER BY t.id) AS s FROM ${sql.table(table)} t`.execute(db)).rows[0]
      ?.s ?? '';
  const audit = await sql<{ n: string }>`SELECT count(*) AS n FROM audit_log WHERE action NOT LIKE '%.read%'`.execute(db);
  return {
    complaint: await dump('complaint'),
    situation: await dump('difficult_situation'),
    actions: await dump('difficult_situation_action'),
    policy: (await sql<{ s: string | null }>`SELECT string_agg(t::text, '|') AS s FROM complaint_policy t`.execute(db)).rows[0]?.s ?? '',
    antiBot: (await sql<{ n: string }>`SELECT count(*) AS n FROM anti_bot_challenge`.execute(db)).rows[0]!.n,
    audit: audit.rows[0]!.n,
  };
}
