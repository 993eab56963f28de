import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { polishNumber, spokenCall, spokenCode } from './spoken-call.ts';

describe('spoken calls in Polish', () => {
  it('says a call as the issue describes it', () => {
    assert.equal(spokenCall('A012', '5'), 'Numer A zero dwanaście, stanowisko pięć');
  });

  it('reads every leading zero, then the rest as one number', () => {
    const table: [string, string][] = [
      ['A001', 'A zero zero jeden'],
      ['B100', 'B sto'],
      ['C000', 'C zero zero zero'],
      ['D999', 'D dziewięćset dziewięćdziesiąt dziewięć'],
      ['K020', 'K zero dwadzieścia'],
      ['12', 'dwanaście'],
      ['3A', '3A'],
    ];
    for (const [code, words] of table) assert.equal(spokenCode(code), words, code);
  });

  it('words numbers from 0 to 999', () => {
    assert.equal(polishNumber(0), 'zero');
    assert.equal(polishNumber(15), 'piętnaście');
    assert.equal(polishNumber(40), 'czterdzieści');
    assert.equal(polishNumber(212), 'dwieście dwanaście');
    assert.equal(polishNumber(1000), '1000');
  });
});
