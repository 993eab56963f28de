import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_QUERY_WORDS, searchWords } from './search-words.ts';

test('keeps the words about the matter and drops the ones about asking', () => {
  assert.deepEqual(searchWords('Gdzie załatwię zgubiony dowód?'), ['zgubiony', 'dowód']);
  assert.deepEqual(searchWords('Where can I get an ID card'), ['id', 'card']);
  assert.deepEqual(searchWords('Де зареєструвати авто'), ['зареєструвати', 'авто']);
  assert.deepEqual(searchWords('gdzie zalatwic meldunek'), ['meldunek']);
});

test('reads each word once and at most the word limit', () => {
  assert.deepEqual(searchWords('dowód dowód DOWÓD'), ['dowód']);
  assert.equal(searchWords('jeden dwa trzy cztery pięć sześć siedem osiem dziewięć dziesięć').length, MAX_QUERY_WORDS);
});

test('finds no words in punctuation or only stopwords', () => {
  assert.deepEqual(searchWords(' ?!, '), []);
  assert.deepEqual(searchWords('gdzie jak'), []);
});
