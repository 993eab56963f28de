import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startTestServer, type StaffClient, type TestServer } from '../support/server.ts';
import { addBuilding, addRoom, addService, addUnit, auditRows, expectRefused, postOk } from '../support/admin.ts';

describe('administrator: desks', () => {
  let server: TestServer;
  let admin: StaffClient;
  let buildingId: number;
  let roomId: number;
  let serviceA: number;
  let serviceB: number;
  const desk = (fields: Record<string, string | string[]>) => ({
    building_id: String(buildingId),
    floor: '0',
    room_id: '',
    number: '1',
    name: '',
    active: 'on',
    ...fields,
  });
  before(async () => {
    server = await startTestServer({ emptyOffice: true });
    admin = await loginAs(server, 'admin');
    buildingId = await addBuilding(admin, 'Ratusz');
    roomId = await addRoom(admin, server.db, buildingId, '10');
    const unitId = await addUnit(admin, server.db, 'WSO');
    serviceA = await addService(admin, server.db, unitId, 'A');
    serviceB = await addService(admin, server.db, unitId, 'B');
  });
  after(async () => {
    await server.close();
  });

  it('adds a desk with its services, lists it, changes it and writes audit rows', async () => {
    await postOk(
      admin,
      '/admin/stanowiska/nowe',
      desk({ number: '7', room_id: String(roomId), name: 'Meldunki', service_id: [String(serviceA)] }),
    );
    const row = await server.db.selectFrom('desk').selectAll().where('number', '=', '7').executeTakeFirstOrThrow();
    const list = await (await admin.get('/admin/stanowiska')).text();
    assert.match(list, /Meldunki/);
    await postOk(admin, `/admin/stanowiska/${row.id}`, desk({ number: '7', floor: '1', service_id: [String(serviceA), String(serviceB)] }));
    const links = await server.db
      .selectFrom('desk_service')
      .select('service_id')
      .where('desk_id', '=', row.id)
      .orderBy('service_id')
      .execute();
    assert.deepEqual(
      links.map((l) => l.service_id),
      [serviceA, serviceB],
    );
    assert.equal((await server.db.selectFrom('desk').select('floor').where('id', '=', row.id).executeTakeFirstOrThrow()).floor, 1);
    assert.equal((await auditRows(server.db, 'desk.create')).length, 1);
    assert.deepEqual((await auditRows(server.db, 'desk.update')).at(-1)?.details, {
      fields: ['floor', 'name', 'room_id'],
      serviceIds: [serviceA, serviceB],
    });
    assert.match(await (await admin.get(`/admin/stanowiska/${row.id}`)).text(), new RegExp(`id="service_id-${serviceB}"[^>]*checked`));
  });

  it("answers 422 when the desk's building does not exist (a tampered form)", async () => {
    await expectRefused(
      server.db,
      () => admin.postForm('/admin/stanowiska/nowe', desk({ number: '8', building_id: '999999' })),
      422,
      'Wybierz budynek z listy.',
    );
  });

  it("answers 422 when the desk's room is in another building", async () => {
    const other = await addBuilding(admin, 'Inny budynek');
    const otherRoom = await addRoom(admin, server.db, other, '3');
    await expectRefused(
      server.db,
      () => admin.postForm('/admin/stanowiska/nowe', desk({ number: '9', room_id: String(otherRoom) })),
      422,
      'Wybierz pokój w wybranym budynku.',
    );
  });

  it('answers 409 when the desk number is already used', async () => {
    await postOk(admin, '/admin/stanowiska/nowe', desk({ number: '20' }));
    await expectRefused(
      server.db,
      () => admin.postForm('/admin/stanowiska/nowe', desk({ number: '20' })),
      409,
      'Stanowisko o tym numerze już istnieje.',
    );
  });

  it("answers 422 when a chosen service is not the office's", async () => {
    await expectRefused(
      server.db,
      () => admin.postForm('/admin/stanowiska/nowe', desk({ number: '21', service_id: ['999999'] })),
      422,
      'Wybierz jedną z podanych możliwości.',
    );
  });

  it('answers a friendly 409 when deleting a building that still has desks, and keeps it', async () => {
    const html = await expectRefused(
      server.db,
      () => admin.postForm(`/admin/budynki/${buildingId}/usun`, {}),
      409,
      'Tego budynku nie można usunąć, bo są w nim stanowiska',
    );
    assert.match(html, /href="#usun"/);
  });

  it('deletes a building without desks', async () => {
    const empty = await addBuilding(admin, 'Pusty');
    assert.equal(await postOk(admin, `/admin/budynki/${empty}/usun`, {}), '/admin/budynki?usunieto=1');
    assert.equal((await server.db.selectFrom('building').select('id').where('id', '=', empty).execute()).length, 0);
    assert.equal((await auditRows(server.db, 'building.delete')).at(-1)?.subject_id, String(empty));
  });
});
