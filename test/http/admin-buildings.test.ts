import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { loginAs, startTestServer, type StaffClient, type TestServer } from '../support/server.ts';
import { auditRows, BUILDING, expectRefused, idFrom, postOk } from '../support/admin.ts';

describe('administrator: buildings and rooms', () => {
  let server: TestServer;
  let admin: StaffClient;
  before(async () => {
    server = await startTestServer({ emptyOffice: true });
    admin = await loginAs(server, 'admin');
  });
  after(async () => {
    await server.close();
  });

  it('adds a building, lists it, changes it and writes audit rows', async () => {
    const location = await postOk(admin, '/admin/budynki/nowy', { ...BUILDING, name: 'Budynek A' });
    const id = idFrom(location);
    const page = await admin.get(location);
    const html = await page.text();
    assert.equal(page.status, 200);
    assert.match(html, /Zmiany zostały zapisane/);
    assert.match(await (await admin.get('/admin/budynki')).text(), /Budynek A/);
    await postOk(admin, `/admin/budynki/${id}`, { ...BUILDING, name: 'Budynek A2', floors: '4', has_lift: 'on' });
    const row = await server.db.selectFrom('building').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(row.name, 'Budynek A2');
    assert.equal(row.floors, 4);
    assert.equal(row.has_lift, true);
    assert.equal((await auditRows(server.db, 'building.create')).at(-1)?.subject_id, String(id));
    const update = (await auditRows(server.db, 'building.update')).at(-1);
    assert.deepEqual(update?.details, { fields: ['floors', 'has_lift', 'name'] });
  });

  it('adds, changes and removes a room of a building', async () => {
    const id = idFrom(await postOk(admin, '/admin/budynki/nowy', { ...BUILDING, name: 'Budynek z salami' }));
    await postOk(admin, `/admin/budynki/${id}/sale`, { room_floor: '1', room_number: '101', room_name: 'Sala obsługi' });
    const room = await server.db.selectFrom('room').selectAll().where('building_id', '=', id).executeTakeFirstOrThrow();
    assert.match(await (await admin.get(`/admin/budynki/${id}`)).text(), /Sala obsługi/);
    await postOk(admin, `/admin/budynki/${id}/sale/${room.id}`, { room_floor: '2', room_number: '201', room_name: '' });
    const changed = await server.db.selectFrom('room').selectAll().where('id', '=', room.id).executeTakeFirstOrThrow();
    assert.deepEqual([changed.floor, changed.number, changed.name], [2, '201', '']);
    await postOk(admin, `/admin/budynki/${id}/sale/${room.id}/usun`, {});
    assert.equal((await server.db.selectFrom('room').select('id').where('building_id', '=', id).execute()).length, 0);
    assert.equal((await auditRows(server.db, 'room.delete')).length, 1);
  });

  it('answers 422 with the message when the postal code has the wrong shape, and saves nothing', async () => {
    const html = await expectRefused(
      server.db,
      () => admin.postForm('/admin/budynki/nowy', { ...BUILDING, name: 'Zły kod', postal_code: '97300' }),
      422,
      'Wpisz kod pocztowy w formacie NN-NNN',
    );
    assert.match(html, /<title>Błąd: /);
    assert.match(html, /href="#postal_code"/);
    assert.match(html, /value="Zły kod"/);
  });

  it('answers 422 when the name is empty', async () => {
    await expectRefused(
      server.db,
      () => admin.postForm('/admin/budynki/nowy', { ...BUILDING, name: '   ' }),
      422,
      'To pole jest wymagane.',
    );
  });

  it('answers 422 when the name is too long', async () => {
    await expectRefused(
      server.db,
      () => admin.postForm('/admin/budynki/nowy', { ...BUILDING, name: 'x'.repeat(121) }),
      422,
      'Wpisz najwyżej 120 znaków.',
    );
  });

  it('answers 409 when a building with the same name exists', async () => {
    await postOk(admin, '/admin/budynki/nowy', { ...BUILDING, name: 'Dublet' });
    await expectRefused(
      server.db,
      () => admin.postForm('/admin/budynki/nowy', { ...BUILDING, name: 'Dublet' }),
      409,
      'Budynek o tej nazwie już istnieje.',
    );
  });

  it('answers 409 when the room number is already used in the building', async () => {
    const id = idFrom(await postOk(admin, '/admin/budynki/nowy', { ...BUILDING, name: 'Budynek sal' }));
    await postOk(admin, `/admin/budynki/${id}/sale`, { room_floor: '0', room_number: '7' });
    await expectRefused(
      server.db,
      () => admin.postForm(`/admin/budynki/${id}/sale`, { room_floor: '1', room_number: '7' }),
      409,
      'W tym budynku jest już pokój o tym numerze.',
    );
  });

  it('answers 404 for a building that does not exist', async () => {
    assert.equal((await admin.get('/admin/budynki/999999')).status, 404);
  });
});
