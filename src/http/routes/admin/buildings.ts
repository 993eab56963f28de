import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  createBuilding,
  createRoom,
  deleteBuilding,
  deleteRoom,
  findBuilding,
  listBuildings,
  updateBuilding,
  updateRoom,
} from '../../../app/organisation/index.ts';
import type { FormValues } from '../../../domain/organisation/form-values.ts';
import { notFound } from '../../../domain/shared/errors.ts';
import type { PageContext } from '../../../ui/components/context.ts';
import type { FormErrors } from '../../../ui/components/form.tsx';
import type { Notice } from '../../../ui/admin/common.tsx';
import {
  BuildingListPage,
  buildingToForm,
  EditBuildingPage,
  EditRoomPage,
  NewBuildingPage,
  roomToForm,
} from '../../../ui/admin/buildings.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { formOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';
import { idParam, noticeOf, submitForm } from './support.ts';

/** /admin/budynki: buildings and their rooms. */
export function adminBuildingRoutes(app: FastifyInstance): void {
  const guard = { preValidation: requireRole('admin'), schema: { hide: true } };

  async function loadBuilding(request: FastifyRequest) {
    const building = await findBuilding(await depsOf(request, 'admin'), idParam(request, 'id'));
    if (!building) throw notFound();
    return building;
  }

  /** The building's page again, with the errors of one of its forms. */
  async function editPage(
    request: FastifyRequest,
    ctx: PageContext,
    parts: {
      values?: FormValues;
      errors?: FormErrors;
      roomValues?: FormValues;
      roomErrors?: FormErrors;
      deleteError?: string;
      notice?: Notice | undefined;
    },
  ) {
    const building = await loadBuilding(request);
    return EditBuildingPage({ ctx, building, values: parts.values ?? buildingToForm(building), ...parts });
  }

  app.get('/admin/budynki', guard, async (request, reply) => {
    const ctx = await pageContext(request);
    const buildings = await listBuildings(await depsOf(request, 'admin'));
    await sendPage(reply, BuildingListPage({ ctx, buildings, notice: noticeOf(request) }));
  });

  app.get('/admin/budynki/nowy', guard, async (request, reply) => {
    const ctx = await pageContext(request);
    await sendPage(reply, NewBuildingPage({ ctx, values: { floors: '1' }, errors: {} }));
  });

  app.post('/admin/budynki/nowy', guard, async (request, reply) => {
    const form = formOf(request);
    await submitForm(request, reply, {
      run: async () => `/admin/budynki/${await createBuilding(await depsOf(request, 'admin'), form)}?zapisano=1`,
      render: (ctx, errors) => NewBuildingPage({ ctx, values: form, errors }),
      field: 'name',
    });
  });

  app.get('/admin/budynki/:id', guard, async (request, reply) => {
    const ctx = await pageContext(request);
    await sendPage(reply, await editPage(request, ctx, { notice: noticeOf(request) }));
  });

  app.post('/admin/budynki/:id', guard, async (request, reply) => {
    const form = formOf(request);
    const building = await loadBuilding(request);
    await submitForm(request, reply, {
      run: async () => {
        await updateBuilding(await depsOf(request, 'admin'), building.id, form);
        return `/admin/budynki/${building.id}?zapisano=1`;
      },
      render: (ctx, errors) => editPage(request, ctx, { values: form, errors }),
      field: 'name',
    });
  });

  app.post('/admin/budynki/:id/usun', guard, async (request, reply) => {
    const building = await loadBuilding(request);
    await submitForm(request, reply, {
      run: async () => {
        await deleteBuilding(await depsOf(request, 'admin'), building.id);
        return '/admin/budynki?usunieto=1';
      },
      render: (ctx, errors) => editPage(request, ctx, { deleteError: errors.usun ?? Object.values(errors)[0] ?? '' }),
      field: 'usun',
    });
  });

  app.post('/admin/budynki/:id/sale', guard, async (request, reply) => {
    const form = formOf(request);
    const building = await loadBuilding(request);
    await submitForm(request, reply, {
      run: async () => {
        await createRoom(await depsOf(request, 'admin'), building.id, form);
        return `/admin/budynki/${building.id}?zapisano=1#sale`;
      },
      render: (ctx, errors) => editPage(request, ctx, { roomValues: form, roomErrors: errors }),
      field: 'room_number',
    });
  });

  async function loadRoom(request: FastifyRequest) {
    const building = await loadBuilding(request);
    const roomId = idParam(request, 'roomId');
    const room = building.rooms.find((r) => r.id === roomId);
    if (!room) throw notFound();
    return { building, room };
  }

  app.get('/admin/budynki/:id/sale/:roomId', guard, async (request, reply) => {
    const ctx = await pageContext(request);
    const { building, room } = await loadRoom(request);
    await sendPage(reply, EditRoomPage({ ctx, building, roomId: room.id, values: roomToForm(room), errors: {} }));
  });

  app.post('/admin/budynki/:id/sale/:roomId', guard, async (request, reply) => {
    const form = formOf(request);
    const { building, room } = await loadRoom(request);
    await submitForm(request, reply, {
      run: async () => {
        await updateRoom(await depsOf(request, 'admin'), building.id, room.id, form);
        return `/admin/budynki/${building.id}?zapisano=1#sale`;
      },
      render: (ctx, errors) => EditRoomPage({ ctx, building, roomId: room.id, values: form, errors }),
      field: 'room_number',
    });
  });

  app.post('/admin/budynki/:id/sale/:roomId/usun', guard, async (request, reply) => {
    const { building, room } = await loadRoom(request);
    await submitForm(request, reply, {
      run: async () => {
        await deleteRoom(await depsOf(request, 'admin'), building.id, room.id);
        return `/admin/budynki/${building.id}?usunieto=1#sale`;
      },
      render: (ctx, errors) =>
        EditRoomPage({ ctx, building, roomId: room.id, values: roomToForm(room), errors: {}, deleteError: errors.usun ?? '' }),
      field: 'usun',
    });
  });
}
