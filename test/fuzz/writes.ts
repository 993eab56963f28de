import pg from 'pg';

// Whether a request wrote anything: the snapshot's xmax moves when any transaction with a write committed; only
// then is a fingerprint of every table (its row count and the sum of its rows' hashes) taken and compared with the one before.

/** What a refused request may still write: its audit row, a failed login's count, a session's last-seen time. */
const IGNORED_TABLES = new Set(['audit_log', 'login_throttle', 'staff_session']);
/** A device's heartbeat columns change whenever the device is heard from. */
const IGNORED_COLUMNS: Record<string, readonly string[]> = {
  device: ['last_seen_at', 'health', 'health_details', 'last_failure', 'last_failure_at'],
};

export type Fingerprint = Map<string, string>;

export class WriteWatch {
  private fingerprintQuery = '';
  private last: Fingerprint = new Map();
  private stale = true;

  private constructor(private readonly client: pg.Client) {}

  static async open(connectionString: string): Promise<WriteWatch> {
    const client = new pg.Client({ connectionString });
    await client.connect();
    const watch = new WriteWatch(client);
    await watch.prepare();
    return watch;
  }

  private async prepare(): Promise<void> {
    const columns = await this.client.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
    );
    const tables = new Map<string, string[]>();
    for (const { table_name: table, column_name: column } of columns.rows) {
      if (IGNORED_TABLES.has(table) || IGNORED_COLUMNS[table]?.includes(column)) continue;
      tables.set(table, [...(tables.get(table) ?? []), column]);
    }
    const id = (name: string) => this.client.escapeIdentifier(name);
    this.fingerprintQuery = [...tables]
      .map(([table, names]) => {
        // An order-free sum of row hashes: no sort, and any changed, added or removed row changes it.
        const row = `hashtextextended(ROW(${names.map((name) => `t.${id(name)}`).join(', ')})::text, 0)`;
        return `SELECT ${this.client.escapeLiteral(table)} AS name, count(*) || ':' || coalesce(sum(${row}), 0) AS sum FROM ${id(table)} t`;
      })
      .join(' UNION ALL ');
  }

  /** The first transaction id not yet completed: it moves when a write commits. */
  async xmax(): Promise<string> {
    return (await this.client.query<{ x: string }>('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS x')).rows[0]!.x;
  }

  private async fingerprint(): Promise<Fingerprint> {
    const rows = await this.client.query<{ name: string; sum: string }>(this.fingerprintQuery);
    return new Map(rows.rows.map((row) => [row.name, row.sum]));
  }

  /** The fuzzer itself wrote (a new session or device): take a new fingerprint before the next request. */
  forget(): void {
    this.stale = true;
  }

  /** Makes sure the fingerprint is that of the database as it is now. */
  async settle(): Promise<void> {
    if (!this.stale) return;
    this.last = await this.fingerprint();
    this.stale = false;
  }

  /** The tables whose rows differ from the last fingerprint; the new fingerprint becomes the last. */
  async changedTables(): Promise<string[]> {
    const now = await this.fingerprint();
    const changed = [...now].filter(([name, sum]) => this.last.get(name) !== sum).map(([name]) => name);
    this.last = now;
    return changed;
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
