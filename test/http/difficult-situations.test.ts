import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { auditRows, idFrom, postOk } from '../support/admin.ts';
import { testClock } from '../support/booking.ts';
import { writtenRows } from '../support/complaints.ts';
import { deviceFetch, issueAt, registerDevice } from '../support/queue.ts';
import { loginAs, startTestServer, type StaffClient, type TestServer } from '../support/server.ts';

// Thursday 3 December 2026, 11:00 in Warsaw.
const clock = testClock('2026-12-03T10:00:00Z');

describe('difficult situations (standard 8)', () => {
  let server: TestServer;
  let clerk: StaffClient & { staffId: number };
  let head: StaffClient & { staffId: number };
  let otherHead: StaffClient & { staffId: number };
  let unitSO: number;

  const situation = () => ({
    occurredOn: '2026-12-03',
    occurredTime: '09:30',
    channel: 'phone',
    unit: String(unitSO),
    facts: 'Dzwoniący nie dostał wezwania do uzupełnienia wniosku.',
    clientRemarks: 'Jest zdenerwowany, dzwoni trzeci raz.',
    solution: 'Wezwanie wysłane dziś e-mailem; sprawa zostanie załatwiona w tym tygodniu.',
    action1Description: 'Oddzwonić po wysłaniu wezwania.',
    action1Responsible: 'Referat Spraw Obywatelskich',
    action1DueOn: '2026-12-04',
    reference: '',
  });

  before(async () => {
    server = await startTestServer({ clock });
    unitSO = (await server.db.selectFrom('unit').select('id').where('code', '=', 'SO').executeTakeFirstOrThrow()).id;
    const unitKM = (await server.db.selectFrom('unit').select('id').where('code', '=', 'KM').executeTakeFirstOrThrow()).id;
    clerk = await loginAs(server, 'clerk');
    head = await loginAs(server, 'unit_head');
    otherHead = await loginAs(server, 'unit_head');
    await server.db.updateTable('staff').set({ unit_id: unitSO }).where('id', 'in', [clerk.staffId, head.staffId]).execute();
    await server.db.updateTable('staff').set({ unit_id: unitKM }).where('id', '=', otherHead.staffId).execute();
  });
  after(() => server.close());

  async function refused(send: () => Promise<Response>, status: number, messages: string[]): Promise<string> {
    const before = await writtenRows(server.db);
    const response = await send();
    const html = await response.text();
    assert.equal(response.status, status, html.slice(0, 1500));
    for (const message of messages) assert.ok(html.includes(message), `the answer should say "${message}"`);
    assert.deepEqual(await writtenRows(server.db), before, 'a refused form writes nothing');
    return html;
  }

  it('records a situation as the standard’s steps, with its actions, audited without personal data', async () => {
    const id = idFrom(await postOk(clerk, '/trudne-sytuacje/nowa', situation()));
    const page = await clerk.get(`/trudne-sytuacje/${id}`);
    const html = await page.text();
    assert.equal(page.status, 200);
    assert.ok(html.includes('Fakty ustalone pytaniami'));
    assert.ok(html.includes('Dzwoniący nie dostał wezwania'));
    assert.ok(html.includes('Oddzwonić po wysłaniu wezwania.'));
    assert.ok(!/win[aey]\b|blame/i.test(html.replace(/nie oceniamy, kto zawinił/gi, '')), 'no blame field');
    const audit = await auditRows(server.db, 'situation.record');
    assert.ok(audit.some((a) => a.subject_id === String(id)));
    assert.ok(!JSON.stringify(audit).includes('wezwania'));
    assert.ok((await auditRows(server.db, 'situation.read')).some((a) => a.subject_id === String(id)));
  });

  it('refuses bad input with clear messages and writes nothing', async () => {
    await refused(() => clerk.postForm('/trudne-sytuacje/nowa', {}), 422, ['To pole jest wymagane.']);
    await refused(() => clerk.postForm('/trudne-sytuacje/nowa', { ...situation(), occurredTime: '23:30' }), 422, [
      'Ta chwila jeszcze nie nadeszła.',
    ]);
    await refused(() => clerk.postForm('/trudne-sytuacje/nowa', { ...situation(), action1DueOn: '2026-12-01' }), 422, [
      'Termin działania nie może być wcześniejszy niż dzień sytuacji.',
    ]);
    await refused(() => clerk.postForm('/trudne-sytuacje/nowa', { ...situation(), action2Description: 'Tylko opis' }), 422, [
      'To pole jest wymagane.',
    ]);
    await refused(() => clerk.postForm('/trudne-sytuacje/nowa', { ...situation(), reference: 'Z999' }), 422, [
      'Nie ma takiego biletu z tego dnia ani takiej rezerwacji.',
    ]);
    await refused(() => clerk.postForm('/trudne-sytuacje/nowa', { ...situation(), reference: 'hello' }), 422, ['Podaj numer biletu']);
    await refused(() => clerk.postForm('/trudne-sytuacje/nowa', { ...situation(), unit: '2147483647' }), 422, ['Wybierz komórkę z listy.']);
  });

  it('shows the unit head their unit’s situations and open actions, overdue ones flagged; another unit’s head sees none', async () => {
    const id = idFrom(await postOk(clerk, '/trudne-sytuacje/nowa', situation()));
    const list = await (await head.get('/trudne-sytuacje')).text();
    assert.ok(list.includes(`/trudne-sytuacje/${id}`));
    assert.ok(list.includes('Oddzwonić po wysłaniu wezwania.'));
    assert.ok(!list.includes('po terminie</span> termin'), 'nothing overdue yet');
    const late = idFrom(
      await postOk(clerk, '/trudne-sytuacje/nowa', {
        ...situation(),
        occurredOn: '2026-12-02',
        action1Description: 'Odpisać na e-mail.',
        action1DueOn: '2026-12-02',
      }),
    );
    const later = await (await head.get('/trudne-sytuacje')).text();
    const overdue = later.slice(later.indexOf('Odpisać na e-mail.') - 200, later.indexOf('Odpisać na e-mail.'));
    assert.ok(overdue.includes('action--overdue') && overdue.includes('po terminie'), 'the action due yesterday is flagged overdue');
    assert.ok(later.includes(`/trudne-sytuacje/${late}`));
    const other = await (await otherHead.get('/trudne-sytuacje')).text();
    assert.ok(!other.includes(`/trudne-sytuacje/${id}"`));
    assert.equal((await otherHead.get(`/trudne-sytuacje/${id}`)).status, 403);
  });

  it('completes an action, closes with the client’s answer (step 7), and refuses what a closed situation cannot do', async () => {
    const id = idFrom(await postOk(clerk, '/trudne-sytuacje/nowa', situation()));
    const action = await server.db
      .selectFrom('difficult_situation_action')
      .select('id')
      .where('situation_id', '=', id)
      .executeTakeFirstOrThrow();
    await postOk(head, `/trudne-sytuacje/${id}/dzialania/${action.id}/wykonane`, {});
    await refused(() => head.postForm(`/trudne-sytuacje/${id}/dzialania/${action.id}/wykonane`, {}), 409, ['już oznaczone jako wykonane']);
    await refused(
      () => head.postForm(`/trudne-sytuacje/${id}/dzialania`, { actionDescription: 'x', actionResponsible: '', actionDueOn: '' }),
      422,
      ['To pole jest wymagane.'],
    );
    await postOk(head, `/trudne-sytuacje/${id}/dzialania`, {
      actionDescription: 'Sprawdzić wysyłkę wezwań.',
      actionResponsible: 'Kierownik',
      actionDueOn: '2026-12-10',
    });
    await refused(() => clerk.postForm(`/trudne-sytuacje/${id}/zamkniecie`, { metExpectations: 'maybe' }), 422, [
      'Wybierz jedną z podanych możliwości.',
    ]);
    await postOk(clerk, `/trudne-sytuacje/${id}/zamkniecie`, { metExpectations: 'partly', closingNote: '' });
    const row = await server.db
      .selectFrom('difficult_situation')
      .select(['status', 'met_expectations'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    assert.deepEqual(row, { status: 'closed', met_expectations: 'partly' });
    await refused(() => clerk.postForm(`/trudne-sytuacje/${id}/zamkniecie`, { metExpectations: 'yes' }), 409, [
      'Ta sytuacja jest już zamknięta.',
    ]);
    await refused(
      () =>
        clerk.postForm(`/trudne-sytuacje/${id}/dzialania`, { actionDescription: 'x', actionResponsible: 'y', actionDueOn: '2026-12-10' }),
      409,
      ['Do zamkniętej sytuacji nie można dodać działania.'],
    );
    assert.ok((await auditRows(server.db, 'situation.close')).some((a) => a.subject_id === String(id)));
  });

  it('links a ticket of the day, shown to staff only', async () => {
    const kiosk = deviceFetch(server.url, (await registerDevice(server.db, 'kiosk')).token);
    const number = await issueAt(kiosk, server.db, 'A');
    const id = idFrom(await postOk(clerk, '/trudne-sytuacje/nowa', { ...situation(), reference: number.toLowerCase() }));
    assert.ok((await (await clerk.get(`/trudne-sytuacje/${id}`)).text()).includes(number));
  });

  it('gives the figures by unit and month to unit heads and administrators', async () => {
    const response = await head.get('/trudne-sytuacje/zestawienie');
    const html = await response.text();
    assert.equal(response.status, 200);
    assert.ok(html.includes('grudzień 2026'));
    assert.equal((await clerk.get('/trudne-sytuacje/zestawienie')).status, 403);
  });
});
