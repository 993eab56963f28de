import type { FeedService } from '../../../app/queue/index.ts';
import type { WaitEstimate } from '../../../domain/queue/index.ts';
import { OFFICE_TIME_ZONE, officeDate, officeTime } from '../../../domain/organisation/index.ts';
import { LANGUAGES, type Language } from '../../../domain/shared/translated.ts';
import { translator } from '../../../ui/i18n/index.ts';

/** One service in the field set of the City of Warsaw's queue feed (`/dane/kolejka.json`). */
export interface WarsawGroup {
  idGrupy: string;
  nazwaGrupy: string;
  literaGrupy: string;
  lp: number;
  status: 0 | 1;
  liczbaCzynnychStan: number;
  liczbaKlwKolejce: number;
  czasObslugi: string;
  aktualnyNumer: string;
}

export interface WarsawFeed {
  result: { date: string; time: string; grupy: WarsawGroup[] };
}

/**
 * The expected wait in whole minutes as the Warsaw feed gives it (a string): the middle of our range, 0 when
 * the next person is called next or when no desk is open to tell (`status` and `liczbaCzynnychStan` say which).
 */
export function expectedMinutes(estimate: WaitEstimate): string {
  return estimate.kind === 'range' ? String(Math.round((estimate.fromMinutes + estimate.toMinutes) / 2)) : '0';
}

/**
 * The feed in the City of Warsaw's field set, so that the clients written for it read ours unchanged: names in
 * Polish, the date and time of the office (Europe/Warsaw), counts and ticket numbers only.
 * @example presentWarsawFeed(at, services).result.grupy[0] // { idGrupy: '3', literaGrupy: 'A', status: 1, … }
 */
export function presentWarsawFeed(at: Date, services: FeedService[]): WarsawFeed {
  return {
    result: {
      date: officeDate(at),
      time: officeTime(at),
      grupy: services.map((s, index) => ({
        idGrupy: String(s.serviceId),
        nazwaGrupy: s.name.pl,
        literaGrupy: s.letter,
        lp: index + 1,
        status: s.issuingNow ? 1 : 0,
        liczbaCzynnychStan: s.openDesks,
        liczbaKlwKolejce: s.waiting,
        czasObslugi: expectedMinutes(s.estimate),
        aktualnyNumer: s.lastCalled ?? '',
      })),
    },
  };
}

/** The Warsaw feed's error shape: `{"result": "false", "error": "…"}`. */
export function warsawError(message: string): { result: 'false'; error: string } {
  return { result: 'false', error: message };
}

const translate = Object.fromEntries(LANGUAGES.map((language) => [language, translator(language)])) as Record<
  Language,
  ReturnType<typeof translator>
>;

function inAllLanguages(key: string, values?: Record<string, string | number>): Record<Language, string> {
  return { pl: translate.pl(key, values), en: translate.en(key, values), uk: translate.uk(key, values) };
}

/** An estimate as data and as words in the three languages. */
function estimateOf(estimate: WaitEstimate) {
  if (estimate.kind === 'range') {
    return {
      kind: estimate.kind,
      fromMinutes: estimate.fromMinutes,
      toMinutes: estimate.toMinutes,
      text: inAllLanguages('queue.estimate.range', { from: estimate.fromMinutes, to: estimate.toMinutes }),
    };
  }
  const key = estimate.kind === 'next' ? 'queue.estimate.nobodyWaiting' : 'queue.estimate.unknown';
  return { kind: estimate.kind, fromMinutes: null, toMinutes: null, text: inAllLanguages(key) };
}

/**
 * Okienko's own feed: the same figures with the estimate as a range, names and words in pl/en/uk, the
 * instant in ISO 8601 with the office's date and time beside it.
 */
export function presentQueueFeed(at: Date, buildingId: number | null, services: FeedService[]) {
  return {
    generatedAt: at.toISOString(),
    date: officeDate(at),
    time: officeTime(at),
    timeZone: OFFICE_TIME_ZONE,
    buildingId,
    services: services.map((s) => ({
      id: s.serviceId,
      letter: s.letter,
      name: s.name,
      buildingId: s.buildingId,
      issuingNow: s.issuingNow,
      openDesks: s.openDesks,
      waiting: s.waiting,
      estimate: estimateOf(s.estimate),
      lastCalled: s.lastCalled,
    })),
  };
}
