import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from '../shared/errors.ts';
import { readAnnouncement } from './announcement-input.ts';
import { announcesOutage, bannerStep, isSilent, problemOfFailure, uptime } from './device-outage.ts';
import { bySeverity, isShown, stateOf } from './visibility.ts';

const now = new Date('2026-12-03T09:00:00Z');
const at = (iso: string) => new Date(iso);
const fieldsOf = (run: () => unknown): Record<string, string> => {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof DomainError);
    return Object.fromEntries(Object.entries(error.fields).map(([field, e]) => [field, e.key]));
  }
  assert.fail('expected refusal');
};

describe('readAnnouncement', () => {
  const form = { severity: 'warning', text_pl: ' Nieczynne 24 grudnia ', places: ['public', 'board'] };

  it('reads office time: empty from is now, a date alone runs to the end of its day (Warsaw)', () => {
    const a = readAnnouncement({ ...form, until_date: '2026-12-24' }, now);
    assert.equal(a.text.pl, 'Nieczynne 24 grudnia');
    assert.deepEqual(a.places, ['public', 'board']);
    assert.equal(a.shownFrom, now);
    assert.equal(a.shownUntil?.toISOString(), '2026-12-24T22:59:00.000Z');
    const summer = readAnnouncement({ ...form, from_date: '2027-07-01', from_time: '08:00' }, now);
    assert.equal(summer.shownFrom.toISOString(), '2027-07-01T06:00:00.000Z');
    assert.equal(summer.shownUntil, null);
  });

  it('refuses every mistake at once', () => {
    for (const [input, expected] of [
      [
        { text_pl: '', places: [] },
        { severity: 'errors.required', text_pl: 'errors.required', places: 'announcements.error.noPlace' },
      ],
      [{ ...form, places: ['public', 'moon'] }, { places: 'errors.choice' }],
      [{ ...form, until_date: '2026-12-02' }, { until_date: 'announcements.error.endPast' }],
      [{ ...form, from_date: '2026-12-10', until_date: '2026-12-09' }, { until_date: 'announcements.error.endBeforeStart' }],
      [{ ...form, until_time: '12:00' }, { until_date: 'announcements.error.dateWithTime' }],
      [
        { ...form, from_date: '2026-13-01', from_time: '25:00' },
        { from_date: 'errors.date', from_time: 'errors.time' },
      ],
    ] as const) {
      assert.deepEqual(
        fieldsOf(() => readAnnouncement(input as never, now)),
        expected,
      );
    }
  });
});

describe('visibility', () => {
  const base = {
    severity: 'info' as const,
    places: ['public'],
    shownFrom: at('2026-12-03T08:00:00Z'),
    shownUntil: at('2026-12-03T10:00:00Z'),
    withdrawnAt: null,
  };
  it('shows from its start until before its end, never once withdrawn', () => {
    assert.equal(isShown(base, at('2026-12-03T07:59:59Z')), false);
    assert.equal(isShown(base, at('2026-12-03T08:00:00Z')), true);
    assert.equal(isShown(base, at('2026-12-03T10:00:00Z')), false);
    assert.equal(isShown({ ...base, withdrawnAt: now }, now), false);
    assert.equal(stateOf(base, at('2026-12-03T07:00:00Z')), 'coming');
    assert.equal(stateOf(base, at('2026-12-03T11:00:00Z')), 'ended');
  });
  it('puts the most severe first, then the newest', () => {
    const list = [
      { severity: 'info' as const, shownFrom: at('2026-12-03T09:00:00Z') },
      { severity: 'outage' as const, shownFrom: at('2026-12-01T09:00:00Z') },
      { severity: 'warning' as const, shownFrom: at('2026-12-02T09:00:00Z') },
      { severity: 'info' as const, shownFrom: at('2026-12-03T10:00:00Z') },
    ].sort(bySeverity);
    assert.deepEqual(
      list.map((a) => `${a.severity} ${a.shownFrom.getUTCHours()}`),
      ['outage 9', 'warning 9', 'info 10', 'info 9'],
    );
  });
});

describe('device outages', () => {
  it('reads a printer’s problem from the heartbeat’s failure', () => {
    assert.equal(problemOfFailure('printer: paper_end'), 'paper_end');
    assert.equal(problemOfFailure('printer: offline (timeout)'), 'printer_offline');
    assert.equal(problemOfFailure('printer: error'), 'printer_error');
    assert.equal(problemOfFailure('printer: paper_near_end'), 'paper_near_end');
    assert.equal(problemOfFailure('Dźwięk zablokowany'), null);
    assert.equal(problemOfFailure(null), null);
  });

  it('raises for an outage, re-words on a new one, holds after recovery, never for paper near its end', () => {
    const hold = 120_000;
    const table: [Parameters<typeof bannerStep>[0], string, string][] = [
      [{ problem: 'paper_end', problemChangedAt: now, banner: null }, '09:00:00', 'raise'],
      [{ problem: 'paper_end', problemChangedAt: now, banner: 'paper_end' }, '09:00:00', 'none'],
      [{ problem: 'cover_open', problemChangedAt: now, banner: 'paper_end' }, '09:00:00', 'change'],
      [{ problem: 'paper_near_end', problemChangedAt: now, banner: null }, '09:00:00', 'none'],
      [{ problem: null, problemChangedAt: now, banner: 'silent' }, '09:01:59', 'none'],
      [{ problem: null, problemChangedAt: now, banner: 'silent' }, '09:02:00', 'end'],
      [{ problem: 'paper_near_end', problemChangedAt: now, banner: 'paper_end' }, '09:02:00', 'end'],
    ];
    for (const [state, time, kind] of table)
      assert.equal(bannerStep(state, at(`2026-12-03T${time}Z`), hold).kind, kind, `${JSON.stringify(state)} ${time}`);
  });

  it('counts a device silent only once seen, after the allowed seconds', () => {
    assert.equal(isSilent(null, now, 60_000), false);
    assert.equal(isSilent(at('2026-12-03T08:59:01Z'), now, 60_000), false);
    assert.equal(isSilent(at('2026-12-03T08:59:00Z'), now, 60_000), true);
  });

  it('announces a kiosk’s or a board’s outage to residents, never a feedback tablet’s', () => {
    assert.deepEqual(
      (['kiosk', 'board', 'printer', 'feedback'] as const).map((kind) => [kind, announcesOutage(kind)]),
      [
        ['kiosk', true],
        ['board', true],
        ['printer', true],
        ['feedback', false],
      ],
    );
  });

  it('computes uptime over the window from the changes, an outage before the window included', () => {
    const from = at('2026-12-03T00:00:00Z');
    const to = at('2026-12-04T00:00:00Z');
    assert.equal(uptime(null, [], from, to), 1);
    assert.equal(
      uptime(
        null,
        [
          { at: at('2026-12-03T10:00:00Z'), problem: 'silent' },
          { at: at('2026-12-03T16:00:00Z'), problem: null },
        ],
        from,
        to,
      ),
      0.75,
    );
    assert.equal(uptime('paper_end', [{ at: at('2026-12-03T06:00:00Z'), problem: null }], from, to), 0.75);
    assert.equal(uptime(null, [{ at: at('2026-12-03T18:00:00Z'), problem: 'paper_near_end' }], from, to), 1, 'near end is no outage');
  });
});
