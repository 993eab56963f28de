import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from '../shared/errors.ts';
import {
  escalationDue,
  groundFloorFigures,
  nextGroundFloorStatus,
  offeredGroundFloorActions,
  type GroundFloorAction,
  type GroundFloorStatus,
} from './index.ts';

describe('ground-floor request state machine', () => {
  const table: [GroundFloorStatus, GroundFloorAction, string][] = [
    ['registered', 'accept', 'accepted'],
    ['registered', 'cancel', 'cancelled'],
    ['registered', 'serve', 'groundFloor.refusal.notAccepted'],
    ['accepted', 'serve', 'served'],
    ['accepted', 'cancel', 'cancelled'],
    ['accepted', 'accept', 'groundFloor.refusal.alreadyAccepted'],
    ['served', 'accept', 'groundFloor.refusal.closed'],
    ['served', 'serve', 'groundFloor.refusal.closed'],
    ['served', 'cancel', 'groundFloor.refusal.closed'],
    ['cancelled', 'accept', 'groundFloor.refusal.closed'],
    ['cancelled', 'serve', 'groundFloor.refusal.closed'],
    ['cancelled', 'cancel', 'groundFloor.refusal.closed'],
  ];
  for (const [from, action, expected] of table) {
    it(`${from} + ${action} → ${expected}`, () => {
      if (expected.includes('.')) {
        assert.throws(
          () => nextGroundFloorStatus(from, action),
          (e: unknown) => e instanceof DomainError && e.kind === 'conflict' && e.key === expected,
        );
      } else {
        assert.equal(nextGroundFloorStatus(from, action), expected);
        assert.ok(offeredGroundFloorActions(from).includes(action));
      }
    });
  }
});

describe('escalation', () => {
  const registeredAt = new Date('2026-12-03T09:00:00Z');
  const at = (minutes: number) => new Date(registeredAt.getTime() + minutes * 60_000);
  const cases: [string, GroundFloorStatus, Date | null, number, number, boolean][] = [
    ['before its minutes', 'registered', null, 4.9, 5, false],
    ['at its minutes', 'registered', null, 5, 5, true],
    ['after its minutes', 'registered', null, 12, 5, true],
    ['a shorter setting', 'registered', null, 2, 2, true],
    ['already escalated', 'registered', at(5), 12, 5, false],
    ['accepted in time', 'accepted', null, 12, 5, false],
    ['cancelled', 'cancelled', null, 12, 5, false],
  ];
  for (const [name, status, escalatedAt, minutesLater, setting, due] of cases) {
    it(`${name}: ${due ? 'due' : 'not due'}`, () => {
      assert.equal(escalationDue({ status, registeredAt, escalatedAt }, at(minutesLater), setting), due);
    });
  }
});

describe('figures per unit', () => {
  const t = (minute: number) => new Date(Date.UTC(2026, 11, 3, 9, minute));
  it('counts requests and means minutes to acceptance and to service', () => {
    assert.deepEqual(
      groundFloorFigures([
        { registeredAt: t(0), acceptedAt: t(2), servedAt: t(10) },
        { registeredAt: t(0), acceptedAt: t(3), servedAt: null },
        { registeredAt: t(0), acceptedAt: null, servedAt: null },
      ]),
      { requests: 3, accepted: 2, served: 1, minutesToAcceptance: 2.5, minutesToService: 10 },
    );
  });
  it('has no means without requests', () => {
    assert.deepEqual(groundFloorFigures([]), { requests: 0, accepted: 0, served: 0, minutesToAcceptance: null, minutesToService: null });
  });
});
