import type { PageContext } from '../components/context.ts';
import { KioskFrame } from './kiosk-frame.tsx';

export interface KioskServiceChoice {
  serviceId: number;
  letter: string;
  name: string;
  waiting: number;
  estimate: string;
}

export interface KioskUnitChoice {
  unitId: number;
  name: string;
  services: KioskServiceChoice[];
}

export interface PriorityChoice {
  code: string;
  name: string;
}

/** The query that keeps a chosen priority reason from screen to screen. */
function withPriority(path: string, priority: PriorityChoice | null): string {
  return priority ? `${path}?pierwszenstwo=${encodeURIComponent(priority.code)}` : path;
}

/** One touch issues the ticket: a form per service, so the kiosk works without JavaScript. */
function ServiceButton({ ctx, service, priority }: { ctx: PageContext; service: KioskServiceChoice; priority: PriorityChoice | null }) {
  return (
    <form method="post" action="/kiosk/bilety" class="kiosk__choice">
      <input type="hidden" name="serviceId" value={service.serviceId} />
      {priority && <input type="hidden" name="priorityReason" value={priority.code} />}
      <button type="submit" class="kiosk__button">
        <span class="kiosk__button-title">{service.name}</span>
        <span class="kiosk__button-detail">
          {ctx.t('queue.kiosk.waiting', { n: service.waiting })} · {service.estimate}
        </span>
      </button>
    </form>
  );
}

function PriorityBanner({ ctx, priority }: { ctx: PageContext; priority: PriorityChoice | null }) {
  if (!priority) return null;
  return (
    <p class="kiosk__banner">
      {ctx.t('queue.kiosk.priorityChosen', { reason: priority.name })} <a href="/kiosk">{ctx.t('queue.kiosk.priorityCancel')}</a>
    </p>
  );
}

/** The first screen: the most used services (one touch), the units (two touches), priority and booking. */
export function KioskHomePage({
  ctx,
  mostUsed,
  units,
  priority,
}: {
  ctx: PageContext;
  mostUsed: KioskServiceChoice[];
  units: KioskUnitChoice[];
  priority: PriorityChoice | null;
}) {
  const title = ctx.t('queue.kiosk.chooseService');
  return (
    <KioskFrame ctx={ctx} title={title}>
      <h1>{title}</h1>
      <PriorityBanner ctx={ctx} priority={priority} />
      {mostUsed.length > 0 && (
        <section aria-labelledby="najczestsze">
          <h2 id="najczestsze">{ctx.t('queue.kiosk.mostUsed')}</h2>
          <div class="kiosk__grid">
            {mostUsed.map((s) => (
              <ServiceButton key={s.serviceId} ctx={ctx} service={s} priority={priority} />
            ))}
          </div>
        </section>
      )}
      <section aria-labelledby="wydzialy">
        <h2 id="wydzialy">{ctx.t('queue.kiosk.units')}</h2>
        <ul class="kiosk__grid kiosk__list">
          {units.map((u) => (
            <li key={u.unitId}>
              <a class="kiosk__button kiosk__button--unit" href={withPriority(`/kiosk/wydzial/${u.unitId}`, priority)}>
                <span class="kiosk__button-title">{u.name}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <div class="kiosk__extra">
        {!priority && (
          <a class="kiosk__button kiosk__button--secondary" href="/kiosk/pierwszenstwo">
            <span class="kiosk__button-title">{ctx.t('queue.kiosk.priority')}</span>
          </a>
        )}
        <a class="kiosk__button kiosk__button--secondary" href="/kiosk/rezerwacja">
          <span class="kiosk__button-title">{ctx.t('queue.kiosk.booking')}</span>
        </a>
      </div>
    </KioskFrame>
  );
}

/** The second screen: the services of one unit. */
export function KioskUnitPage({ ctx, unit, priority }: { ctx: PageContext; unit: KioskUnitChoice; priority: PriorityChoice | null }) {
  return (
    <KioskFrame ctx={ctx} title={unit.name}>
      <h1>{unit.name}</h1>
      <PriorityBanner ctx={ctx} priority={priority} />
      <div class="kiosk__grid">
        {unit.services.map((s) => (
          <ServiceButton key={s.serviceId} ctx={ctx} service={s} priority={priority} />
        ))}
      </div>
      <p>
        <a class="kiosk__button kiosk__button--secondary" href={withPriority('/kiosk', priority)}>
          <span class="kiosk__button-title">{ctx.t('queue.kiosk.back')}</span>
        </a>
      </p>
    </KioskFrame>
  );
}

/** "Potrzebuję pierwszeństwa": the resident chooses why (seed 7.1), then a service as usual. */
export function KioskPriorityPage({ ctx, reasons }: { ctx: PageContext; reasons: PriorityChoice[] }) {
  const title = ctx.t('queue.kiosk.priorityTitle');
  return (
    <KioskFrame ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="kiosk__lead">{ctx.t('queue.kiosk.priorityIntro')}</p>
      <ul class="kiosk__grid kiosk__list">
        {reasons.map((r) => (
          <li key={r.code}>
            <a class="kiosk__button" href={withPriority('/kiosk', r)}>
              <span class="kiosk__button-title">{r.name}</span>
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a class="kiosk__button kiosk__button--secondary" href="/kiosk">
          {ctx.t('queue.kiosk.back')}
        </a>
      </p>
    </KioskFrame>
  );
}

/** A refusal (closed, limit, unknown service) in plain words, and the way back. */
export function KioskRefusalPage({ ctx, message, status }: { ctx: PageContext; message: string; status: number }) {
  const title = ctx.t('queue.kiosk.refusalTitle');
  return (
    <KioskFrame ctx={ctx} title={title} status={status}>
      <h1>{title}</h1>
      <p class="kiosk__lead" role="alert">
        {message}
      </p>
      <p>
        <a class="kiosk__button" href="/kiosk">
          {ctx.t('queue.kiosk.back')}
        </a>
      </p>
    </KioskFrame>
  );
}
