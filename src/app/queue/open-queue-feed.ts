import { officeDate } from '../../domain/organisation/index.ts';
import { notFound } from '../../domain/shared/errors.ts';
import type { WaitEstimate } from '../../domain/queue/index.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import type { UseCaseDeps } from '../shared/deps.ts';
import { kioskChoices } from './kiosk-choices.ts';
import { numberOf } from './ticket-record.ts';

/** One service's queue as the open data feed gives it: counts and numbers only, never a person. */
export interface FeedService {
  serviceId: number;
  letter: string;
  name: Translated;
  /** Whether a regular ticket can be taken now (hours, the cutoff before closing, the daily limit). */
  issuingNow: boolean;
  openDesks: number;
  waiting: number;
  /** The wait of a resident taking a ticket now. */
  estimate: WaitEstimate;
  /** The number called last today ("A012"), or null before the first call. */
  lastCalled: string | null;
  /** The building where its residents wait, or null when none is set. */
  buildingId: number | null;
}

export interface OpenQueueFeed {
  /** The instant the figures were read. */
  at: Date;
  /** The office's buildings. */
  buildingIds: number[];
  services: FeedService[];
}

/**
 * The live queue of the office for the public open data feed: per active service whether tickets are issued
 * now, open desks, people waiting, the wait estimate, the number called last and the building where its
 * residents wait. Several requests may share one feed (it holds nothing personal); `feedOfBuilding` narrows it.
 * @example const feed = await openQueueFeed(deps); feed.services[0].lastCalled // 'A012'
 */
export async function openQueueFeed(deps: UseCaseDeps): Promise<OpenQueueFeed> {
  const at = deps.clock.now();
  const officeId = deps.actor.officeId;
  const [choices, called] = await Promise.all([
    kioskChoices(deps),
    // The ticket called last per service today (a transferred ticket counts for the service it is at now).
    deps.db
      .selectFrom('ticket')
      .select(['service_id', 'letter', 'number'])
      .distinctOn('service_id')
      .where('office_id', '=', officeId)
      .where('office_day', '=', officeDate(at))
      .where('called_at', 'is not', null)
      .orderBy('service_id')
      .orderBy('called_at', 'desc')
      .execute(),
  ]);
  const lastCalled = new Map(called.map((row) => [row.service_id, numberOf(row)]));
  const services = choices.units
    .flatMap((unit) => unit.services)
    .sort((a, b) => a.letter.localeCompare(b.letter) || a.serviceId - b.serviceId)
    .map((s): FeedService => ({
      serviceId: s.serviceId,
      letter: s.letter,
      name: s.name,
      issuingNow: s.issuingNow,
      openDesks: s.openDesks,
      waiting: s.waiting,
      estimate: s.estimate,
      lastCalled: lastCalled.get(s.serviceId) ?? null,
      buildingId: s.where.buildingId ?? null,
    }));
  return { at, buildingIds: choices.buildings.map((b) => b.id), services };
}

/**
 * The services of a feed whose residents wait in one building (null: all of them); an unknown building is a 404.
 * @example feedOfBuilding(feed, 2).map((s) => s.letter) // ['S', 'T']
 */
export function feedOfBuilding(feed: OpenQueueFeed, buildingId: number | null): FeedService[] {
  if (buildingId === null) return feed.services;
  if (!feed.buildingIds.includes(buildingId)) throw notFound('openData.unknownBuilding');
  return feed.services.filter((s) => s.buildingId === buildingId);
}
