import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { noticeOf } from '../../src/storage/queue-events.ts';

describe('queue notifications', () => {
  it('reads a notification carrying the whole event, so the listener need not read it back', () => {
    const notice = noticeOf(
      JSON.stringify({
        id: '42',
        office_id: 1,
        at: '2026-11-25T08:00:00.123+00:00',
        kind: 'ticket.called',
        ticket_id: 7,
        desk_id: 3,
        payload: { number: 'A012', deskNumber: '5' },
      }),
    );
    assert.equal(notice.id, '42');
    assert.deepEqual(notice.event, {
      id: '42',
      officeId: 1,
      at: new Date('2026-11-25T08:00:00.123Z'),
      kind: 'ticket.called',
      ticketId: 7,
      deskId: 3,
      payload: { number: 'A012', deskNumber: '5' },
    });
  });

  it('reads a bare event id, which the listener then reads from the table', () => {
    assert.deepEqual(noticeOf('42'), { id: '42', event: null });
  });
});
