import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { DomainError } from '../shared/errors.ts';
import {
  AUTHORISATION_EVENTS,
  AUTHORISATION_STATUSES,
  REQUEST_EVENTS,
  REQUEST_STATUSES,
  authorisationAllows,
  authorisationFor,
  authorisationNumber,
  authorisationStanding,
  nextAuthorisationStatus,
  nextRequestStatus,
  parseCaseSign,
  readAssignment,
  readAuthorisationRequest,
  readOutcome,
  readSchedule,
  readVisitRequest,
  requestAllows,
  requestEnded,
  workingDaysBetween,
  type AuthorisationStatus,
  type HeldAuthorisation,
  type RequestEvent,
  type RequestStatus,
} from './index.ts';

function conflictKey(run: () => unknown): string | null {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'conflict') return error.key;
    throw error;
  }
  return null;
}

function fieldsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return Object.keys(error.fields).sort();
    throw error;
  }
  return [];
}

describe('the request’s state machine', () => {
  const cases: [RequestStatus, RequestEvent, string][] = [
    ['registered', 'send', 'sent'],
    ['registered', 'assign', 'homeVisits.errors.cannot.assign'],
    ['sent', 'assign', 'assigned'],
    ['sent', 'schedule', 'homeVisits.errors.cannot.schedule'],
    ['assigned', 'authorise', 'authorised'],
    ['assigned', 'assign', 'assigned'],
    ['assigned', 'schedule', 'homeVisits.errors.cannot.schedule'],
    ['authorised', 'schedule', 'scheduled'],
    ['authorised', 'assign', 'assigned'],
    ['scheduled', 'move', 'scheduled'],
    ['scheduled', 'complete', 'done'],
    ['scheduled', 'cancel', 'cancelled'],
    ['scheduled', 'assign', 'homeVisits.errors.cannot.assign'],
    ['done', 'cancel', 'homeVisits.errors.requestEnded'],
    ['cancelled', 'send', 'homeVisits.errors.requestEnded'],
    ['registered', 'cancel', 'cancelled'],
  ];
  for (const [status, event, outcome] of cases) {
    it(`${status} + ${event} → ${outcome}`, () => {
      if ((REQUEST_STATUSES as readonly string[]).includes(outcome)) {
        assert.equal(nextRequestStatus(status, event), outcome);
        assert.equal(requestAllows(status, event), true);
      } else {
        assert.equal(
          conflictKey(() => nextRequestStatus(status, event)),
          outcome,
        );
        assert.equal(requestAllows(status, event), false);
      }
    });
  }

  it('never leaves an ended request, never reaches "done" without being scheduled, and offers exactly what it accepts', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...REQUEST_EVENTS), { maxLength: 30 }), (events) => {
        let status: RequestStatus = 'registered';
        let wasScheduled = false;
        for (const event of events) {
          const allowed = requestAllows(status, event);
          if (!allowed) {
            assert.notEqual(
              conflictKey(() => nextRequestStatus(status, event)),
              null,
            );
            continue;
          }
          assert.equal(requestEnded(status), false, 'an ended request accepts nothing');
          status = nextRequestStatus(status, event);
          if (status === 'scheduled') wasScheduled = true;
          if (status === 'done') assert.ok(wasScheduled);
          if (status === 'authorised' || status === 'scheduled') assert.notEqual(status, 'registered');
        }
      }),
    );
  });
});

describe('the authorisation’s state machine', () => {
  const cases: [AuthorisationStatus, (typeof AUTHORISATION_EVENTS)[number], string][] = [
    ['requested', 'grant', 'granted'],
    ['requested', 'refuse', 'refused'],
    ['requested', 'revoke', 'homeVisits.errors.authorisation.revoke'],
    ['granted', 'revoke', 'revoked'],
    ['granted', 'expire', 'expired'],
    ['granted', 'grant', 'homeVisits.errors.authorisation.grant'],
    ['refused', 'grant', 'homeVisits.errors.authorisation.grant'],
    ['revoked', 'grant', 'homeVisits.errors.authorisation.grant'],
    ['expired', 'revoke', 'homeVisits.errors.authorisation.revoke'],
  ];
  for (const [status, event, outcome] of cases) {
    it(`${status} + ${event} → ${outcome}`, () => {
      if ((AUTHORISATION_STATUSES as readonly string[]).includes(outcome)) assert.equal(nextAuthorisationStatus(status, event), outcome);
      else
        assert.equal(
          conflictKey(() => nextAuthorisationStatus(status, event)),
          outcome,
        );
    });
  }
  it('is granted at most once in any sequence of events, and refused and revoked are final', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...AUTHORISATION_EVENTS), { maxLength: 20 }), (events) => {
        let status: AuthorisationStatus = 'requested';
        let grants = 0;
        for (const event of events) {
          if (!authorisationAllows(status, event)) continue;
          const before = status;
          status = nextAuthorisationStatus(status, event);
          if (status === 'granted') grants += 1;
          assert.ok(before !== 'refused' && before !== 'revoked' && before !== 'expired');
        }
        assert.ok(grants <= 1);
      }),
    );
  });
  const standings: [string, 'requested' | 'granted' | 'refused' | 'revoked', string][] = [
    ['2026-11-30', 'granted', 'pending'],
    ['2026-12-01', 'granted', 'valid'],
    ['2026-12-31', 'granted', 'valid'],
    ['2027-01-01', 'granted', 'expired'],
    ['2026-12-10', 'revoked', 'revoked'],
    ['2026-12-10', 'requested', 'requested'],
  ];
  for (const [day, status, standing] of standings) {
    it(`a ${status} authorisation of December 2026 on ${day} is ${standing}`, () =>
      assert.equal(authorisationStanding({ status, validFrom: '2026-12-01', validUntil: '2026-12-31' }, day), standing));
  }
});

describe('the EZD case sign', () => {
  const good: [string, string][] = [
    ['SO.5340.12.2026', 'SO.5340.12.2026'],
    [' so.5340.12.2026 ', 'SO.5340.12.2026'],
    ['WGK-II.7021.3.2025', 'WGK-II.7021.3.2025'],
    ['USC.5360.1.2027', 'USC.5360.1.2027'],
    ['BNOiC.0052.4.2026', 'BNOIC.0052.4.2026'],
  ];
  for (const [raw, text] of good) it(`reads "${raw}"`, () => assert.equal(parseCaseSign(raw, 2026).ok && text, text));
  const bad: [string, string][] = [
    ['SO-5340-12-2026', 'format'],
    ['SO.5340.12', 'format'],
    ['SO.53401.12.2026', 'format'],
    ['SO.5340.0.2026', 'format'],
    ['SO.5340.012.2026', 'format'],
    ['5340.12.2026', 'format'],
    ['SO..12.2026', 'format'],
    ['SO.5340.12.26', 'format'],
    ['SO.5340.12.1999', 'year'],
    ['SO.5340.12.2028', 'year'],
    ['SO.5340.12.2026.', 'format'],
  ];
  for (const [raw, problem] of bad)
    it(`refuses "${raw}" (${problem})`, () => assert.deepEqual(parseCaseSign(raw, 2026), { ok: false, problem }));
  it('reads back every sign it writes', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Z]{1,6}$/),
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 1, max: 999_999 }),
        fc.integer({ min: 2000, max: 2027 }),
        (unit, jrwa, number, year) => {
          const text = `${unit}.${String(jrwa).padStart(4, '0')}.${number}.${year}`;
          const parsed = parseCaseSign(text.toLowerCase(), 2026);
          assert.ok(parsed.ok);
          assert.equal(parsed.sign.text, text);
        },
      ),
    );
  });
  it('numbers the Secretary’s authorisations SM.0052.<n>.<year>', () => assert.equal(authorisationNumber(15, 2026), 'SM.0052.15.2026'));
});

describe('a visit needs an authorisation valid on its date', () => {
  const held: HeldAuthorisation[] = [
    { id: 1, employeeId: 7, status: 'granted', validFrom: '2026-12-01', validUntil: '2026-12-15' },
    { id: 2, employeeId: 7, status: 'granted', validFrom: '2026-12-10', validUntil: '2027-01-31' },
    { id: 3, employeeId: 7, status: 'revoked', validFrom: '2027-02-01', validUntil: '2027-03-31' },
    { id: 4, employeeId: 8, status: 'granted', validFrom: '2027-02-01', validUntil: '2027-03-31' },
    { id: 5, employeeId: 9, status: 'requested', validFrom: '2026-12-01', validUntil: '2026-12-31' },
  ];
  const cases: [number, string, number | string][] = [
    [7, '2026-12-05', 1],
    [7, '2026-12-12', 2],
    [7, '2027-01-31', 2],
    [7, '2027-02-01', 'homeVisits.errors.noAuthorisationOnDay'],
    [7, '2026-11-30', 'homeVisits.errors.noAuthorisationOnDay'],
    [8, '2027-02-01', 4],
    [8, '2027-01-31', 'homeVisits.errors.noAuthorisationOnDay'],
    [9, '2026-12-05', 'homeVisits.errors.authorisationPending'],
    [10, '2026-12-05', 'homeVisits.errors.noAuthorisation'],
  ];
  for (const [employee, day, outcome] of cases) {
    it(`employee ${employee} on ${day} → ${outcome}`, () => {
      if (typeof outcome === 'number') assert.equal(authorisationFor(held, employee, day).id, outcome);
      else
        assert.equal(
          conflictKey(() => authorisationFor(held, employee, day)),
          outcome,
        );
    });
  }
  it('accepts a date exactly when one of the employee’s granted authorisations covers it (property)', () => {
    const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
    const authorisation = fc
      .record({
        employeeId: fc.integer({ min: 1, max: 3 }),
        status: fc.constantFrom('requested' as const, 'granted' as const, 'refused' as const, 'revoked' as const),
        a: day,
        b: day,
      })
      .map(({ a, b, ...rest }): HeldAuthorisation => ({ ...rest, id: 0, validFrom: a < b ? a : b, validUntil: a < b ? b : a }));
    fc.assert(
      fc.property(fc.array(authorisation, { maxLength: 6 }), fc.integer({ min: 1, max: 3 }), day, (list, employee, visitOn) => {
        const covers = list.some(
          (a) => a.employeeId === employee && a.status === 'granted' && a.validFrom <= visitOn && visitOn <= a.validUntil,
        );
        const key = conflictKey(() => {
          const chosen = authorisationFor(list, employee, visitOn);
          assert.equal(chosen.employeeId, employee);
          assert.ok(chosen.status === 'granted' && chosen.validFrom <= visitOn && visitOn <= chosen.validUntil);
        });
        assert.equal(key === null, covers);
      }),
    );
  });
});

describe('working days', () => {
  const holidays = new Set(['2026-12-24', '2026-12-25', '2026-12-26']);
  const cases: [string, string, number][] = [
    ['2026-12-03', '2026-12-03', 0],
    ['2026-12-03', '2026-12-04', 1],
    ['2026-12-04', '2026-12-07', 1],
    ['2026-12-21', '2026-12-28', 3],
    ['2026-12-01', '2026-12-31', 20],
  ];
  for (const [from, to, n] of cases)
    it(`${from} → ${to}: ${n}`, () =>
      assert.equal(
        workingDaysBetween(from, to, (d) => holidays.has(d)),
        n,
      ));
});

describe('the forms', () => {
  const request = {
    channel: 'phone',
    applicantName: 'Jan Kowalski',
    visitAddress: 'ul. Słowackiego 5 m. 3, Piotrków Trybunalski',
    phone: '600 123 456',
    service: '4',
    reasonCategory: 'mobility',
    preferredTime: 'morning',
    preferredDays: ['mon', 'wed'],
    consent: 'on',
    clauseGiven: 'on',
  };
  it('reads a whole request, the phone in E.164', () => {
    const input = readVisitRequest(request);
    assert.equal(input.phone, '+48600123456');
    assert.deepEqual(input.preferredDays, ['mon', 'wed']);
    assert.equal(input.serviceId, 4);
  });
  const refusals: [string, Record<string, string | string[]>, string[]][] = [
    [
      'an empty form',
      {},
      ['applicantName', 'channel', 'clauseGiven', 'consent', 'phone', 'preferredTime', 'reasonCategory', 'service', 'visitAddress'],
    ],
    ['neither service nor matter', { ...request, service: '', unit: '2' }, ['service']],
    ['a matter in words without a unit', { ...request, service: '', matterText: 'Odbiór dowodu' }, ['unit']],
    ['a bad phone', { ...request, phone: '12' }, ['phone']],
    ['a representative without a kind', { ...request, representativeName: 'Anna Kowalska' }, ['representativeKind']],
    ['a representative’s phone without a name', { ...request, representativePhone: '600123457' }, ['representativeName']],
    ['no information clause', { ...request, clauseGiven: '' }, ['clauseGiven']],
    ['a weekday not offered', { ...request, preferredDays: ['sun'] }, ['preferredDays']],
  ];
  for (const [name, form, fields] of refusals)
    it(`refuses ${name}`, () =>
      assert.deepEqual(
        fieldsOf(() => readVisitRequest(form)),
        fields,
      ));

  it('reads an assignment and refuses a bad case sign', () => {
    assert.deepEqual(readAssignment({ caseSign: 'so.5340.12.2026', clerk: '5' }, 2026), { caseSign: 'SO.5340.12.2026', clerkId: 5 });
    assert.deepEqual(
      fieldsOf(() => readAssignment({ caseSign: 'SO/5340/12/2026', clerk: '' }, 2026)),
      ['caseSign', 'clerk'],
    );
  });
  it('reads an authorisation request; the period starts today or later and ends after it starts', () => {
    const form = {
      employee: '5',
      scope: 'Wizyty domowe w sprawach dowodów osobistych',
      legalBasis: 'Zarządzenie Prezydenta',
      validFrom: '2026-12-03',
      validUntil: '2026-12-31',
    };
    assert.equal(readAuthorisationRequest(form, '2026-12-03').validUntil, '2026-12-31');
    assert.deepEqual(
      fieldsOf(() => readAuthorisationRequest({ ...form, validFrom: '2026-12-02' }, '2026-12-03')),
      ['validFrom'],
    );
    assert.deepEqual(
      fieldsOf(() => readAuthorisationRequest({ ...form, validUntil: '2026-12-01' }, '2026-12-01')),
      ['validUntil'],
    );
    assert.deepEqual(
      fieldsOf(() => readAuthorisationRequest({ ...form, validUntil: '2028-01-01' }, '2026-12-03')),
      ['validUntil'],
    );
  });
  it('reads a date for the visit, not in the past; moving it needs a reason', () => {
    const form = { visitOn: '2026-12-10', visitTime: '10:00', informedBy: 'phone' };
    assert.equal(readSchedule(form, '2026-12-03', false).visitOn, '2026-12-10');
    assert.deepEqual(
      fieldsOf(() => readSchedule({ ...form, visitOn: '2026-12-02' }, '2026-12-03', false)),
      ['visitOn'],
    );
    assert.deepEqual(
      fieldsOf(() => readSchedule(form, '2026-12-03', true)),
      ['moveReason'],
    );
  });
  it('reads an outcome; documents taken must be named', () => {
    assert.deepEqual(
      fieldsOf(() => readOutcome({ outcome: 'documents_taken' })),
      ['documentsTaken'],
    );
    assert.equal(readOutcome({ outcome: 'handled' }).outcome, 'handled');
  });
});
