/** The longest query the directory reads (a sentence a person would say); longer input is refused, not cut. */
export const MAX_QUERY_LENGTH = 200;
/** The words of a query compared with the catalogue; more would only slow the search. */
export const MAX_QUERY_WORDS = 8;

// Words that say nothing about the matter, compared without diacritics: "gdzie załatwię sprawę", "how do I", "де".
const STOPWORDS = new Set(
  (
    'a i o u w z ze na do od po za we ku co jak gdzie czy mam chce chcialbym chcialabym moge musze trzeba sprawa sprawe ' +
    'zalatwic zalatwie zalatwienie zrobic sie jest mnie moj moja moje mojego mi dla prosze ' +
    'the an of to for my is in on at how do can where what get i me want need please ' +
    'де як я мені мій моя для на в у і з хочу треба потрібно справа'
  ).split(' '),
);

/** Lower case without diacritics, as the stopword list is written (the database folds the words itself). */
function plain(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ł/g, 'l')
    .toLowerCase();
}

/**
 * The words of what a resident typed that are worth comparing: letters and digits, stopwords dropped,
 * duplicates once, at most `MAX_QUERY_WORDS`.
 * @example searchWords('Gdzie załatwię zgubiony dowód?') // ['zgubiony', 'dowód']
 */
export function searchWords(query: string): string[] {
  const words: string[] = [];
  for (const raw of query.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (raw === '' || STOPWORDS.has(plain(raw)) || words.includes(raw)) continue;
    words.push(raw);
    if (words.length === MAX_QUERY_WORDS) break;
  }
  return words;
}
