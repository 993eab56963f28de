import { sql } from 'kysely';
import type { Db } from '../../storage/database.ts';

/** A word counts when it matches some part of a service's words this well (pg_trgm's word similarity, 0…1). */
export const WORD_MATCH = 0.5;
/** How many matters a search answers with. */
export const DIRECTORY_RESULTS = 6;

export interface RankedService {
  id: number;
  score: number;
}

/**
 * The office's active services that match the words, best first. Each word adds its best word similarity
 * (pg_trgm) against the words of the service's names and keywords in all three languages, folded by
 * `directory_fold` (lower case, no diacritics, Cyrillic in Latin letters), so an inflected form, a missing
 * diacritic or a typo still matches; ties go to the service whose names are nearer the whole query. The query
 * words are compared with the distinct catalogue words (`directory_word`, trigram index, `%>` at the same
 * threshold, set for this transaction), then the matched words lead to their services through `service_word`,
 * so the cost follows the number of distinct words, not of services.
 * @example await rankServices(db, 1, ['zgubiłem', 'dowód']) // [{ id: 1, score: 1.6 }, …]
 */
export async function rankServices(
  db: Db,
  officeId: number,
  words: readonly string[],
  limit = DIRECTORY_RESULTS,
): Promise<RankedService[]> {
  if (words.length === 0) return [];
  const phrase = words.join(' ');
  const list = [...words];
  return db.transaction().execute(async (tx) => {
    await sql`SELECT set_config('pg_trgm.word_similarity_threshold', ${String(WORD_MATCH)}, true)`.execute(tx);
    const result = await sql<RankedService>`
      WITH query_word AS (SELECT DISTINCT directory_fold(w) AS w FROM unnest(${list}::text[]) AS w),
      hit AS (
        SELECT q.w, d.word, word_similarity(q.w, d.word) AS similarity
        FROM query_word q
        CROSS JOIN LATERAL (SELECT word FROM directory_word WHERE word %> q.w) d
      ),
      per_word AS (
        SELECT sw.service_id, hit.w, max(hit.similarity) AS similarity
        FROM hit
        JOIN service_word sw ON sw.word = hit.word
        GROUP BY sw.service_id, hit.w
      ),
      scored AS (
        SELECT s.id, s.ticket_letter, s.directory_names, sum(p.similarity) AS score
        FROM per_word p
        JOIN service s ON s.id = p.service_id
        WHERE s.office_id = ${officeId} AND s.active
        GROUP BY s.id
      ),
      -- Only the services that can still be among the first (the best scores, ties at the cut included) are
      -- compared with the whole query for the tie-break.
      best AS (
        SELECT id, ticket_letter, directory_names, score, rank() OVER (ORDER BY score DESC) AS place
        FROM scored
        WHERE score > 0
      )
      SELECT id, score::float8 AS score
      FROM best
      WHERE place <= ${limit}
      ORDER BY score DESC, word_similarity(directory_fold(${phrase}), directory_names) DESC, ticket_letter
      LIMIT ${limit}`.execute(tx);
    return result.rows;
  });
}
