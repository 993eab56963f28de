import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normaliseEmail, normalisePhone } from './contact.ts';

describe('e-mail addresses', () => {
  it('trims, lower-cases the domain, keeps the local part for sending and folds it for the identity', () => {
    assert.deepEqual(normaliseEmail('  Jan.Kowalski@Poczta.PL '), {
      ok: true,
      value: { address: 'Jan.Kowalski@poczta.pl', identity: 'jan.kowalski@poczta.pl' },
    });
  });

  it("keeps +tags and dots: they are one provider's convention, not a rule of e-mail", () => {
    const tagged = normaliseEmail('jan+urzad@gmail.com');
    const dotted = normaliseEmail('j.an@gmail.com');
    assert.ok(tagged.ok && dotted.ok);
    assert.equal(tagged.value.identity, 'jan+urzad@gmail.com');
    assert.equal(dotted.value.identity, 'j.an@gmail.com');
  });

  it('accepts letters of any script and IDN domains', () => {
    assert.deepEqual(normaliseEmail('zofia@ŁÓDŹ.pl'), { ok: true, value: { address: 'zofia@łódź.pl', identity: 'zofia@łódź.pl' } });
    const result = normaliseEmail('Олена@приклад.укр');
    assert.ok(result.ok);
    assert.equal(result.value.address, 'Олена@приклад.укр');
  });

  const refused: [string, string, string][] = [
    ['nothing typed', '   ', 'required'],
    ['no @', 'jan.kowalski.pl', 'format'],
    ['no domain dot', 'jan@localhost', 'format'],
    ['a space inside', 'jan kowalski@poczta.pl', 'format'],
    ['two dots in a row', 'jan..k@poczta.pl', 'format'],
    ['a leading dot', '.jan@poczta.pl', 'format'],
    ['a domain label ending with a dash', 'jan@poczta-.pl', 'format'],
    ['a numeric top-level domain', 'jan@10.0.0.1', 'format'],
    ['a local part over 64 characters', `${'a'.repeat(65)}@poczta.pl`, 'format'],
    ['an address over 254 characters', `jan@${'a'.repeat(250)}.pl`, 'too_long'],
  ];
  for (const [name, raw, reason] of refused) {
    it(`refuses ${name}`, () => assert.deepEqual(normaliseEmail(raw), { ok: false, reason }));
  }

  it('gives the same identity whatever the case typed (property)', () => {
    const local = fc.stringMatching(/^[a-zA-Z0-9]{1,12}(\.[a-zA-Z0-9]{1,8})?$/);
    const domain = fc.stringMatching(/^[a-zA-Z0-9]{1,10}\.[a-zA-Z]{2,4}$/);
    fc.assert(
      fc.property(local, domain, (l, d) => {
        const lower = normaliseEmail(`${l}@${d}`.toLowerCase());
        const upper = normaliseEmail(`  ${l.toUpperCase()}@${d.toUpperCase()}`);
        assert.ok(lower.ok && upper.ok);
        assert.equal(lower.value.identity, upper.value.identity);
        assert.equal(upper.value.address, `${l.toUpperCase()}@${d.toLowerCase()}`);
      }),
    );
  });
});

describe('phone numbers', () => {
  const accepted: [string, string, string][] = [
    ['600123456', '+48600123456', '+48 600 123 456'],
    ['600 123 456', '+48600123456', '+48 600 123 456'],
    ['600-123-456', '+48600123456', '+48 600 123 456'],
    ['+48 600 123 456', '+48600123456', '+48 600 123 456'],
    ['0048 44 732 77 00', '+48447327700', '+48 44 732 77 00'],
    ['48 447327700', '+48447327700', '+48 44 732 77 00'],
    [' 44 732-77-00 ', '+48447327700', '+48 44 732 77 00'],
    ['(44) 732 77 00', '+48447327700', '+48 44 732 77 00'],
    ['+380 67 123 45 67', '+380671234567', '+380 67 123 4567'],
    ['00380 67 123 45 67', '+380671234567', '+380 67 123 4567'],
    ['+380 44 123 4567', '+380441234567', '+380 44 123 4567'],
    ['+49 30 1234567', '+49301234567', '+49 30 1234567'],
    ['+44 7911 123456', '+447911123456', '+44 7911 123456'],
  ];
  for (const [raw, e164, display] of accepted) {
    it(`reads "${raw}" as ${e164}`, () => assert.deepEqual(normalisePhone(raw), { ok: true, value: { e164, display } }));
  }

  const refused: [string, string, string][] = [
    ['nothing typed', '', 'required'],
    ['eight digits', '60012345', 'format'],
    ['ten digits', '6001234567', 'format'],
    ['eight digits after +48', '+48 60012345', 'format'],
    ['a leading zero', '060 123 456', 'format'],
    ['letters', '600 12a 456', 'format'],
    ['an extension', '+48 44 732 77 00 ext. 12', 'format'],
    ['a Ukrainian number without its country code', '380671234567', 'format'],
    ['a Ukrainian number no plan allows', '+380 12 345 6789', 'format'],
    ['a country code nobody has', '+999 123 456 789', 'format'],
    ['an emergency number', '112', 'format'],
    ['a wall of digits', '1'.repeat(41), 'too_long'],
  ];
  for (const [name, raw, reason] of refused) {
    it(`refuses ${name}`, () => assert.deepEqual(normalisePhone(raw), { ok: false, reason }));
  }

  it('reads any spacing of a Polish mobile number to the same value (property)', () => {
    const digits = fc.stringMatching(/^[5-8][0-9]{8}$/).filter((d) => normalisePhone(d).ok);
    const separators = fc.array(fc.constantFrom('', ' ', '-', ' - '), { minLength: 9, maxLength: 9 });
    fc.assert(
      fc.property(digits, separators, fc.constantFrom('', '+48', '+48 ', '0048'), (d, seps, prefix) => {
        const typed =
          prefix +
          Array.from(d, (s) => s)
            .map((digit, i) => digit + seps[i]!)
            .join('');
        const result = normalisePhone(typed);
        assert.ok(result.ok, typed);
        assert.equal(result.value.e164, `+48${d}`);
      }),
    );
  });

  it('stores every accepted number in the form the booking table allows (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\+?[0-9 ()-]{0,20}$/), (typed) => {
        const result = normalisePhone(typed);
        if (result.ok) assert.match(result.value.e164, /^\+[0-9]{8,15}$/);
      }),
    );
  });
});
