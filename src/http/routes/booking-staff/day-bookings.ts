import type { FastifyInstance } from 'fastify';
import { dayBookings, type DayBookings } from '../../../app/booking/index.ts';
import { DAY_VIEW_ROLES } from '../../../domain/booking/index.ts';
import { wordErrors, type FormErrors } from '../../../ui/components/form.tsx';
import { DAY_PATH, DayBookingsPage } from '../../../ui/booking-staff/day-bookings.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { statusOf } from '../../errors.ts';
import { asDomainError } from '../../../app/shared/index.ts';
import { pageContext, sendPage } from '../../page.ts';

/**
 * /rezerwacje/dzien?dzien=YYYY-MM-DD: the day's bookings per unit and desk. Who sees what (and whether
 * with names) is the booking module's rule (`dayViewScope`); the read of names is audited there.
 */
export function dayBookingsRoutes(app: FastifyInstance): void {
  const guard = { preValidation: requireRole(...DAY_VIEW_ROLES), schema: { hide: true } };

  app.get<{ Querystring: { dzien?: string } }>(DAY_PATH, guard, async (request, reply) => {
    const date = typeof request.query.dzien === 'string' ? request.query.dzien : '';
    const staff = request.staff!;
    const ctx = await pageContext(request);
    let day: DayBookings | undefined;
    let errors: FormErrors = {};
    let status = 200;
    try {
      day = await dayBookings(await depsOf(request), { date, staffId: staff.id, roles: staff.roles });
    } catch (error) {
      const domain = asDomainError(error);
      if (domain?.kind !== 'validation') throw error;
      errors = wordErrors(ctx, domain.fields);
      status = statusOf(domain);
    }
    await sendPage(reply, DayBookingsPage({ ctx, day, dateValue: day?.date ?? date, errors }), status);
  });
}
