import type { PageContext } from '../components/context.ts';
import { KIOSK_IDLE_SECONDS, KioskFrame } from './kiosk-frame.tsx';

export interface KioskServiceChoice {
  serviceId: number;
  name: string;
  /** "W kolejce czekają 3 osoby · ok. 10–15 min". */
  detail: string;
  /** Why no ticket now ("Bilety od 08:00"): the tile is shown greyed, not a button; null when it issues. */
  unavailable: string | null;
  /** Lines under the name: another building, what a ground-floor ticket means for this service. */
  notes: string[];
  /** The key of this form's request: a second touch or a retry of it gets the same ticket. */
  issueKey: string;
  /** Sent with the form: the resident asked for the ground floor and this service can be served there. */
  groundFloor: boolean;
}

export interface KioskUnitChoice {
  unitId: number;
  name: string;
  /** "W innym budynku: Budynek A, ul. Szkolna 28", or null. */
  note: string | null;
  /** Why none of its services issues tickets now, when they all agree and the start screen does not say it; null otherwise. */
  unavailable: string | null;
  /** Its own screen's word on the hours ("Bilety wydajemy od 08:00."), when none of its services issues now. */
  notice: string | null;
  services: KioskServiceChoice[];
}

export interface PriorityChoice {
  code: string;
  name: string;
}

/** The kind of ticket chosen on the priority screens, carried from screen to screen in the address. */
export interface KioskChoice {
  priority: PriorityChoice | null;
  /** Served on the ground floor (only with priority: seed 7.1). */
  groundFloor: boolean;
}

/** A kiosk address that keeps the chosen kind of ticket. */
export function withChoice(path: string, choice: KioskChoice): string {
  if (!choice.priority) return path;
  const query = new URLSearchParams({ pierwszenstwo: choice.priority.code });
  if (choice.groundFloor) query.set('parter', 'tak');
  return `${path}?${query.toString()}`;
}

/** One touch issues the ticket: a form per service, so the kiosk works without JavaScript. */
function ServiceTile({ service, choice }: { service: KioskServiceChoice; choice: KioskChoice }) {
  const notes = service.notes.map((note) => (
    <span key={note} class="kiosk__tile-note">
      {note}
    </span>
  ));
  if (service.unavailable !== null) {
    return (
      <div class="kiosk__choice kiosk__tile kiosk__tile--off">
        <span class="kiosk__tile-title">{service.name}</span>
        <span class="kiosk__tile-detail kiosk__tile-detail--off">{service.unavailable}</span>
        {notes}
      </div>
    );
  }
  return (
    <form method="post" action="/kiosk/bilety" class="kiosk__choice" data-issue-form>
      <input type="hidden" name="serviceId" value={service.serviceId} />
      <input type="hidden" name="issueKey" value={service.issueKey} />
      {choice.priority && <input type="hidden" name="priorityReason" value={choice.priority.code} />}
      {service.groundFloor && <input type="hidden" name="groundFloor" value="tak" />}
      <button type="submit" class="kiosk__tile">
        <span class="kiosk__tile-title">{service.name}</span>
        <span class="kiosk__tile-detail">{service.detail}</span>
        {notes}
      </button>
    </form>
  );
}

// Up to this many services a unit's screen gives each a whole row: longer names, fewer lines, larger targets.
const ONE_COLUMN_UP_TO = 5;

function ServiceTiles({
  ctx,
  services,
  choice,
  wide = false,
}: {
  ctx: PageContext;
  services: KioskServiceChoice[];
  choice: KioskChoice;
  wide?: boolean;
}) {
  return (
    <>
      <div class={wide && services.length <= ONE_COLUMN_UP_TO ? 'kiosk__grid kiosk__grid--one' : 'kiosk__grid'}>
        {services.map((s) => (
          <ServiceTile key={s.serviceId} service={s} choice={choice} />
        ))}
      </div>
      <p class="kiosk__status" data-issue-status role="status" hidden>
        {ctx.t('queue.kiosk.issuing')}
      </p>
      <p class="kiosk__banner kiosk__banner--warning" data-issue-offline role="alert" hidden>
        {ctx.t('queue.kiosk.offline')}
      </p>
    </>
  );
}

/** The chosen kind of ticket, and the way back to a regular one. */
function ChoiceBanner({ ctx, choice }: { ctx: PageContext; choice: KioskChoice }) {
  if (!choice.priority) return null;
  return (
    <div class="kiosk__banner kiosk__banner--choice">
      <p class="kiosk__banner-text">{ctx.t('queue.kiosk.priorityChosen', { reason: choice.priority.name })}</p>
      {choice.groundFloor && <p class="kiosk__banner-text">{ctx.t('queue.kiosk.groundFloor.chosen')}</p>}
      <a class="kiosk__banner-link" href="/kiosk">
        {ctx.t('queue.kiosk.priorityCancel')}
      </a>
    </div>
  );
}

/** The first screen: the hours when no ticket is issued now, the most used services (one touch), the units, priority and booking. */
export function KioskHomePage({
  ctx,
  mostUsed,
  units,
  choice,
  notice,
}: {
  ctx: PageContext;
  mostUsed: KioskServiceChoice[];
  units: KioskUnitChoice[];
  choice: KioskChoice;
  /** "Bilety wydajemy od 07:30." when no service issues now for one reason; null otherwise. */
  notice: string | null;
}) {
  const title = ctx.t('queue.kiosk.chooseService');
  return (
    <KioskFrame
      ctx={ctx}
      title={title}
      screen="start"
      idleSeconds={KIOSK_IDLE_SECONDS.choice}
      back={choice.priority ? '/kiosk/pierwszenstwo' : undefined}
    >
      <h1 class="kiosk__title">{title}</h1>
      {notice !== null && <p class="kiosk__banner kiosk__banner--hours">{notice}</p>}
      <ChoiceBanner ctx={ctx} choice={choice} />
      {!choice.priority && (
        <div class="kiosk__extra kiosk__extra--start">
          <a class="kiosk__tile kiosk__tile--secondary kiosk__tile--short" href="/kiosk/pierwszenstwo">
            <span class="kiosk__tile-title">{ctx.t('queue.kiosk.priority')}</span>
          </a>
          <a class="kiosk__tile kiosk__tile--secondary kiosk__tile--short" href="/kiosk/rezerwacja">
            <span class="kiosk__tile-title">{ctx.t('queue.kiosk.booking')}</span>
          </a>
        </div>
      )}
      {mostUsed.length > 0 && (
        <section aria-labelledby="najczestsze">
          <h2 id="najczestsze">{ctx.t('queue.kiosk.mostUsed')}</h2>
          <ServiceTiles ctx={ctx} services={mostUsed} choice={choice} />
        </section>
      )}
      <section aria-labelledby="wydzialy">
        <h2 id="wydzialy">{ctx.t('queue.kiosk.units')}</h2>
        <ul class="kiosk__grid kiosk__list">
          {units.map((u) => (
            <li key={u.unitId}>
              <a class="kiosk__tile kiosk__tile--unit" href={withChoice(`/kiosk/wydzial/${u.unitId}`, choice)}>
                <span class="kiosk__tile-title">{u.name}</span>
                {u.unavailable !== null && <span class="kiosk__tile-detail">{u.unavailable}</span>}
                {u.note !== null && <span class="kiosk__tile-note">{u.note}</span>}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </KioskFrame>
  );
}

/** The second screen: the services of one unit. */
export function KioskUnitPage({ ctx, unit, choice }: { ctx: PageContext; unit: KioskUnitChoice; choice: KioskChoice }) {
  return (
    <KioskFrame ctx={ctx} title={unit.name} screen="unit" idleSeconds={KIOSK_IDLE_SECONDS.choice} back={withChoice('/kiosk', choice)}>
      <h1 class="kiosk__title">{unit.name}</h1>
      {unit.notice !== null && <p class="kiosk__banner kiosk__banner--hours">{unit.notice}</p>}
      {unit.note !== null && <p class="kiosk__lead">{unit.note}</p>}
      <ChoiceBanner ctx={ctx} choice={choice} />
      <ServiceTiles ctx={ctx} services={unit.services} choice={choice} wide />
    </KioskFrame>
  );
}

/** "Potrzebuję pierwszeństwa": the resident chooses why (seed 7.1), then whether they need the ground floor. */
export function KioskPriorityPage({ ctx, reasons }: { ctx: PageContext; reasons: PriorityChoice[] }) {
  const title = ctx.t('queue.kiosk.priorityTitle');
  return (
    <KioskFrame ctx={ctx} title={title} screen="priority" idleSeconds={KIOSK_IDLE_SECONDS.choice} back="/kiosk">
      <h1 class="kiosk__title">{title}</h1>
      <p class="kiosk__lead">{ctx.t('queue.kiosk.priorityIntro')}</p>
      <ul class="kiosk__grid kiosk__list">
        {reasons.map((r) => (
          <li key={r.code}>
            <a class="kiosk__tile" href={withChoice('/kiosk/parter', { priority: r, groundFloor: false })}>
              <span class="kiosk__tile-title">{r.name}</span>
            </a>
          </li>
        ))}
      </ul>
    </KioskFrame>
  );
}

/** Seed 7.1: one who cannot go upstairs is served on the ground floor, out of turn. One question, two answers. */
export function KioskGroundFloorPage({ ctx, priority }: { ctx: PageContext; priority: PriorityChoice }) {
  const title = ctx.t('queue.kiosk.groundFloor.title');
  return (
    <KioskFrame ctx={ctx} title={title} screen="ground-floor" idleSeconds={KIOSK_IDLE_SECONDS.choice} back="/kiosk/pierwszenstwo">
      <h1 class="kiosk__title">{title}</h1>
      <ChoiceBanner ctx={ctx} choice={{ priority, groundFloor: false }} />
      <p class="kiosk__lead">{ctx.t('queue.kiosk.groundFloor.lead')}</p>
      <ul class="kiosk__grid kiosk__list kiosk__grid--one">
        <li>
          <a class="kiosk__tile" href={withChoice('/kiosk', { priority, groundFloor: true })}>
            <span class="kiosk__tile-title">{ctx.t('queue.kiosk.groundFloor.needed')}</span>
          </a>
        </li>
        <li>
          <a class="kiosk__tile kiosk__tile--unit" href={withChoice('/kiosk', { priority, groundFloor: false })}>
            <span class="kiosk__tile-title">{ctx.t('queue.kiosk.groundFloor.upstairs')}</span>
          </a>
        </li>
      </ul>
    </KioskFrame>
  );
}

/** A refusal (closed, limit, numbers used up, unknown service) in plain words, and the way back to the start. */
export function KioskRefusalPage({ ctx, message, status }: { ctx: PageContext; message: string; status: number }) {
  const title = ctx.t('queue.kiosk.refusalTitle');
  return (
    <KioskFrame ctx={ctx} title={title} status={status} screen="refusal" idleSeconds={KIOSK_IDLE_SECONDS.refusal} languageReturn="/kiosk">
      <h1 class="kiosk__title">{title}</h1>
      <p class="kiosk__lead kiosk__lead--alert" role="alert">
        {message}
      </p>
      <p>
        <a class="kiosk__tile kiosk__tile--primary" href="/kiosk">
          <span class="kiosk__tile-title">{ctx.t('queue.kiosk.backToStart')}</span>
        </a>
      </p>
    </KioskFrame>
  );
}
