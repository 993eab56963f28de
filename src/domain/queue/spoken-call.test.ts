import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { namedBuilding, polishNumber, spokenCall, spokenCode, spokenStreet } from './spoken-call.ts';

describe('spoken calls in Polish', () => {
  it('says a call as the issue describes it', () => {
    assert.equal(spokenCall('A012', '5'), 'Numer A zero dwanaście, stanowisko pięć');
  });

  it('says the building and its street when the desk is in another building', () => {
    assert.equal(
      spokenCall('D001', '9', { name: 'Budynek A', street: 'ul. Szkolna 28' }),
      'Numer D zero zero jeden, stanowisko dziewięć, Budynek A, ulica Szkolna 28',
    );
    assert.equal(spokenCall('D001', '9', { name: 'Budynek A', street: '' }), 'Numer D zero zero jeden, stanowisko dziewięć, Budynek A');
  });

  it('says the abbreviations of Polish addresses in full', () => {
    const table: [string, string][] = [
      ['ul. Szkolna 28', 'ulica Szkolna 28'],
      ['al.  Armii Krajowej 5', 'aleja Armii Krajowej 5'],
      ['Pl. Czarnieckiego 10', 'plac Czarnieckiego 10'],
      ['os. Wyzwolenia 3', 'osiedle Wyzwolenia 3'],
      ['Pasaż Karola Rudowskiego 10', 'Pasaż Karola Rudowskiego 10'],
      ['Plac Kościuszki 1', 'Plac Kościuszki 1'],
    ];
    for (const [street, words] of table) assert.equal(spokenStreet(street), words, street);
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

describe('which building a board names for a call', () => {
  it('names it only when the desk is elsewhere, or when the board does not know where it stands', () => {
    const table: [deskBuildingId: number, boardBuildingId: number | null, officeBuildings: number, named: boolean][] = [
      [1, 1, 2, false],
      [2, 1, 2, true],
      [2, null, 2, true],
      [1, null, 1, false],
      [1, 2, 1, false],
    ];
    for (const [deskBuildingId, boardBuildingId, officeBuildings, named] of table)
      assert.equal(
        namedBuilding({ deskBuildingId, boardBuildingId, officeBuildings }),
        named,
        `${deskBuildingId}/${boardBuildingId}/${officeBuildings}`,
      );
  });
});
