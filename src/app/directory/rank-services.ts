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
 * (pg_trgm) against the service's names and keywords in all three languages, folded by `directory_fold`
 * (lower case, no diacritics, Cyrillic in Latin letters), so an inflected form, a missing diacritic or a
 * typo still matches; ties go to the service whose names are nearer the whole query. The trigram index
 * finds the candidates (`%>` at the same threshold, set for this transaction), so only they are scored.
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
    const candidates = sql.join(
      list.map((word) => sql`s.search_text %> directory_fold(${word})`),
      sql` OR `,
    );
    const result = await sql<RankedService>`
      WITH word AS (SELECT DISTINCT directory_fold(w) AS w FROM unnest(${list}::text[]) AS w),
      candidate AS (
        SELECT s.id, s.ticket_letter, s.search_text, s.name_pl, s.name_en, s.name_uk
        FROM service s
        WHERE s.office_id = ${officeId} AND s.active AND (${candidates})
      ),
      matched AS (
        SELECT c.id, c.ticket_letter, directory_fold(c.name_pl || ' ' || c.name_en || ' ' || c.name_uk) AS names,
               sum(CASE WHEN m.similarity >= ${WORD_MATCH} THEN m.similarity ELSE 0 END) AS score
        FROM candidate c
        CROSS JOIN word
        CROSS JOIN LATERAL (SELECT word_similarity(word.w, c.search_text) AS similarity) m
        GROUP BY c.id, c.ticket_letter, c.name_pl, c.name_en, c.name_uk
      )
      SELECT id, score::float8 AS score
      FROM matched
      WHERE score > 0
      ORDER BY score DESC, word_similarity(directory_fold(${phrase}), names) DESC, ticket_letter
      LIMIT ${limit}`.execute(tx);
    return result.rows;
  });
}
