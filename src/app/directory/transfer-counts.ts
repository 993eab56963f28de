import { instantOf, officeDate } from '../../domain/organisation/index.ts';
import { DAY } from '../../domain/shared/time.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import { translatedColumn } from '../../storage/translated-text.ts';
import type { UseCaseDeps } from '../shared/deps.ts';

/** How far back the transfer counts look. */
export const TRANSFER_COUNT_DAYS = 30;

export interface TransferCount {
  unitCode: string;
  unitName: Translated;
  service: Translated;
  today: number;
  lastDays: number;
}

/**
 * Calls transferred per unit and matter: today and in the last `TRANSFER_COUNT_DAYS` days, most first.
 * @example const counts = await transferCounts(deps);
 */
export async function transferCounts(deps: UseCaseDeps): Promise<TransferCount[]> {
  const now = deps.clock.now();
  const dayStart = instantOf(officeDate(now), '00:00');
  const rows = await deps.db
    .selectFrom('phone_transfer')
    .innerJoin('unit', 'unit.id', 'phone_transfer.unit_id')
    .innerJoin('service', 'service.id', 'phone_transfer.service_id')
    .select((eb) => [
      'unit.code as unitCode',
      translatedColumn('unit.name').as('unitName'),
      translatedColumn('service.name').as('service'),
      eb.fn.count<string>('phone_transfer.id').filterWhere('phone_transfer.noted_at', '>=', dayStart).as('today'),
      eb.fn.count<string>('phone_transfer.id').as('lastDays'),
    ])
    .where('phone_transfer.office_id', '=', deps.actor.officeId)
    .where('phone_transfer.noted_at', '>=', new Date(now.getTime() - TRANSFER_COUNT_DAYS * DAY))
    .where('phone_transfer.noted_at', '<=', now)
    .groupBy(['unit.id', 'service.id'])
    .orderBy('lastDays', 'desc')
    .orderBy('unit.code')
    .execute();
  return rows.map((r) => ({ ...r, today: Number(r.today), lastDays: Number(r.lastDays) }));
}
