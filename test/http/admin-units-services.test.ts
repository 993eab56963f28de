import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startTestServer, type StaffClient, type TestServer } from '../support/server.ts';
import { addBuilding, addRoom, addUnit, auditRows, expectRefused, postOk, serviceForm } from '../support/admin.ts';

describe('administrator: units and services', () => {
  let server: TestServer;
  let admin: StaffClient;
  let unitId: number;
  before(async () => {
    server = await startTestServer({ emptyOffice: true });
    admin = await loginAs(server, 'admin');
    unitId = await addUnit(admin, server.db, 'USC');
  });
  after(async () => {
    await server.close();
  });

  it('adds a unit in a room of its building, lists it, changes it and writes audit rows', async () => {
    const buildingId = await addBuilding(admin, 'Budynek komórek');
    const roomId = await addRoom(admin, server.db, buildingId, '12');
    await postOk(admin, '/admin/komorki/nowa', {
      code: 'wso',
      name_pl: 'Wydział Spraw Obywatelskich',
      name_en: 'Civil Affairs',
      name_uk: '',
      building_id: String(buildingId),
      room_id: String(roomId),
      phone: '44 732 77 01',
      email: 'wso@example.pl',
    });
    const unit = await server.db.selectFrom('unit').selectAll().where('code', '=', 'WSO').executeTakeFirstOrThrow();
    assert.equal(unit.room_id, roomId);
    assert.match(await (await admin.get('/admin/komorki')).text(), /Wydział Spraw Obywatelskich/);
    await postOk(admin, `/admin/komorki/${unit.id}`, {
      code: 'WSO',
      name_pl: 'Wydział Spraw Obywatelskich',
      name_en: '',
      name_uk: 'Відділ',
      building_id: '',
      room_id: '',
      phone: '',
      email: '',
    });
    const changed = await server.db.selectFrom('unit').selectAll().where('id', '=', unit.id).executeTakeFirstOrThrow();
    assert.equal(changed.name_uk, 'Відділ');
    assert.equal(changed.building_id, null);
    assert.equal((await auditRows(server.db, 'unit.create')).length, 2);
    assert.deepEqual((await auditRows(server.db, 'unit.update')).at(-1)?.details, {
      fields: ['building_id', 'email', 'name_en', 'name_uk', 'phone', 'room_id'],
    });
  });

  it("answers 422 when the unit's room is in another building (a tampered form)", async () => {
    const first = await addBuilding(admin, 'Pierwszy');
    const second = await addBuilding(admin, 'Drugi');
    const roomOfSecond = await addRoom(admin, server.db, second, '5');
    await expectRefused(
      server.db,
      () =>
        admin.postForm('/admin/komorki/nowa', {
          code: 'ZLY',
          name_pl: 'Zła sala',
          building_id: String(first),
          room_id: String(roomOfSecond),
        }),
      422,
      'Wybierz pokój w wybranym budynku.',
    );
  });

  it('adds a service, lists it, changes it, deactivates it instead of deleting, and audits each step', async () => {
    await postOk(admin, '/admin/sprawy/nowa', serviceForm(unitId, 'd', 'Dowód osobisty'));
    const service = await server.db.selectFrom('service').selectAll().where('ticket_letter', '=', 'D').executeTakeFirstOrThrow();
    assert.equal(service.documents_pl, 'Dowód osobisty\nZdjęcie');
    const list = await (await admin.get('/admin/sprawy?zapisano=1')).text();
    assert.match(list, /Dowód osobisty/);
    assert.match(list, /Zmiany zostały zapisane/);
    await postOk(admin, `/admin/sprawy/${service.id}`, {
      ...serviceForm(unitId, 'D', 'Dowód osobisty'),
      typical_minutes: '20',
      bookable_online: 'on',
    });
    await postOk(admin, `/admin/sprawy/${service.id}`, {
      ...serviceForm(unitId, 'D', 'Dowód osobisty'),
      typical_minutes: '20',
      bookable_online: 'on',
      active: '',
    });
    const changed = await server.db.selectFrom('service').selectAll().where('id', '=', service.id).executeTakeFirstOrThrow();
    assert.deepEqual([changed.typical_minutes, changed.bookable_online, changed.active], [20, true, false]);
    assert.match(await (await admin.get('/admin/sprawy')).text(), /Wycofana/);
    assert.equal((await auditRows(server.db, 'service.update')).length, 1);
    assert.deepEqual((await auditRows(server.db, 'service.deactivate')).at(-1)?.details, { fields: ['active'] });
  });

  it('answers 409 when the ticket letter is already used', async () => {
    await postOk(admin, '/admin/sprawy/nowa', serviceForm(unitId, 'P', 'Paszport'));
    const html = await expectRefused(
      server.db,
      () => admin.postForm('/admin/sprawy/nowa', serviceForm(unitId, 'p', 'Inna sprawa')),
      409,
      'Ta litera biletu jest już używana przez inną sprawę.',
    );
    assert.match(html, /href="#ticket_letter"/);
    assert.match(html, /value="Inna sprawa"/);
  });

  it('answers 422 when the service name is empty or too long', async () => {
    await expectRefused(server.db, () => admin.postForm('/admin/sprawy/nowa', serviceForm(unitId, 'E', '')), 422, 'To pole jest wymagane.');
    await expectRefused(
      server.db,
      () => admin.postForm('/admin/sprawy/nowa', serviceForm(unitId, 'E', 'x'.repeat(201))),
      422,
      'Wpisz najwyżej 200 znaków.',
    );
  });

  it("answers 422 when the service's unit does not exist (a tampered form)", async () => {
    await expectRefused(
      server.db,
      () => admin.postForm('/admin/sprawy/nowa', serviceForm(999_999, 'F', 'Bez komórki')),
      422,
      'Wybierz komórkę z listy.',
    );
  });
});
