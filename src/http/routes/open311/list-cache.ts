import { createHash } from 'node:crypto';
import type { QueueEventFeed } from '../../../app/queue/index.ts';

/**
 * How long a rendered default list is kept at most, even without news of a change: the list's 90 days move
 * with the clock, and a notice lost while the feed reconnects must not keep an old list for long.
 */
export const DEFAULT_LIST_KEPT_MS = 30_000;

/** A rendered answer: its body (UTF-8 bytes, encoded once, not on every send), type and entity tag (a digest of the body). */
export interface RenderedList {
  body: Buffer;
  type: string;
  etag: string;
}

interface Kept {
  until: number;
  rendered: Promise<RenderedList>;
}

/**
 * Open311's default list (`GET requests.json` or `.xml` without filters: up to 1,000 reports of the last 90
 * days), kept rendered per format and language, so the many clients that poll it (city dashboards, apps) cost
 * one reading and one rendering until a report changes. The query itself takes a few milliseconds; writing a
 * thousand requests as JSON or XML takes the rest, so the body is what is kept. Every report change on any
 * app process is heard through the feed's LISTEN/NOTIFY (`subscribeReports`, the statement triggers of
 * migration 202612060300), and drops every kept body, one still being written included (it may have read
 * the list before the change). Without a feed (a process with no LISTEN connection) nothing is kept.
 * @example const list = new DefaultListCache(feed); const { body, etag } = await list.get('json/pl', render);
 */
export class DefaultListCache {
  private readonly kept = new Map<string, Kept>();
  private readonly stop: (() => void) | null;

  constructor(feed: QueueEventFeed | undefined) {
    this.stop = feed ? feed.subscribeReports(() => this.drop()) : null;
  }

  /** Drops every kept body (a report changed), those still being written included. */
  drop(): void {
    this.kept.clear();
  }

  close(): void {
    this.stop?.();
  }

  /**
   * The kept rendering for `key` (format and language), else `render()` run once for every request
   * arriving meanwhile, and kept unless a change came while it ran.
   */
  get(key: string, render: () => Promise<{ body: string; type: string }>): Promise<RenderedList> {
    const now = performance.now();
    const found = this.kept.get(key);
    if (found && found.until > now) return found.rendered;
    const rendered = render().then(({ body, type }) => {
      const bytes = Buffer.from(body, 'utf8');
      return { body: bytes, type, etag: `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"` };
    });
    if (this.stop === null) return rendered;
    const entry: Kept = { until: now + DEFAULT_LIST_KEPT_MS, rendered };
    this.kept.set(key, entry);
    // A failed reading (the database away) is not kept: the next request tries again.
    rendered.catch(() => {
      if (this.kept.get(key) === entry) this.kept.delete(key);
    });
    return rendered;
  }
}
