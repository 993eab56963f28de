import type { GroundFloorChoices, GroundFloorRequestView, UnitGroundFloorFigures } from '../../app/special-needs/index.ts';
import { GROUND_FLOOR_REASONS } from '../../domain/special-needs/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import type { Translated } from '../../domain/shared/translated.ts';
import type { PageContext } from '../components/context.ts';
import { Button, CsrfField, Select, TextInput, type FormErrors } from '../components/form.tsx';
import { ErrorSummary } from '../components/form.tsx';
import { Layout } from '../components/layout.tsx';
import { keyPart } from '../i18n/index.ts';
import { staffNav } from '../staff/nav.ts';
import { GroundFloorFiguresTable, GroundFloorLive } from './ground-floor-panel.tsx';

const SCRIPTS = ['/static/js/ground-floor.js'];

function value(values: FormValues, name: string): string {
  const v = values[name];
  return typeof v === 'string' ? v : (v?.[0] ?? '');
}

/** /punkt-informacyjny/parter: register a person waiting on the ground floor, see who is coming down, the figures. */
export function GroundFloorPage({
  ctx,
  choices,
  requests,
  figures,
  days,
  values,
  errors,
  notice,
}: {
  ctx: PageContext;
  choices: GroundFloorChoices;
  requests: readonly GroundFloorRequestView[];
  figures: readonly UnitGroundFloorFigures[];
  days: number;
  values: FormValues;
  errors: FormErrors;
  notice?: string | undefined;
}) {
  const title = ctx.t('groundFloor.page.title');
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Layout ctx={ctx} title={title} hasErrors={hasErrors} nav={staffNav(ctx)} wide scripts={SCRIPTS}>
      {hasErrors && <ErrorSummary ctx={ctx} errors={errors} />}
      {notice && (
        <p class="notice notice--success" role="status">
          {notice}
        </p>
      )}
      <h1>{title}</h1>
      <p class="lead">{ctx.t('groundFloor.page.lead')}</p>
      <div class="ground-floor-page">
        <form method="post" action="/punkt-informacyjny/parter" class="ground-floor-page__form" aria-labelledby="zglos">
          <h2 id="zglos">{ctx.t('groundFloor.register.title')}</h2>
          <CsrfField ctx={ctx} />
          <Select
            ctx={ctx}
            name="service"
            label={ctx.t('groundFloor.register.service')}
            options={choices.services.map((s) => ({
              value: String(s.id),
              label: `${s.letter} — ${inLanguage(s.name, ctx.locale).value} (${inLanguage(s.unit, ctx.locale).value})`,
            }))}
            value={value(values, 'service')}
            error={errors.service}
            emptyLabel={ctx.t('groundFloor.register.choose')}
          />
          <Select
            ctx={ctx}
            name="reason"
            label={ctx.t('groundFloor.register.reason')}
            hint={ctx.t('groundFloor.register.reasonHint')}
            options={GROUND_FLOOR_REASONS.map((r) => ({ value: r, label: ctx.t(`groundFloor.reason.${keyPart(r)}`) }))}
            value={value(values, 'reason')}
            error={errors.reason}
            emptyLabel={ctx.t('groundFloor.register.choose')}
          />
          <Select
            ctx={ctx}
            name="room"
            label={ctx.t('groundFloor.register.room')}
            options={choices.rooms.map((r) => ({ value: String(r.id), label: `${r.building}: ${r.number} ${r.name}` }))}
            value={value(values, 'room')}
            error={errors.room}
            emptyLabel={ctx.t('groundFloor.register.choose')}
          />
          <TextInput
            ctx={ctx}
            name="ticket"
            label={ctx.t('groundFloor.register.ticket')}
            hint={ctx.t('groundFloor.register.ticketHint')}
            value={value(values, 'ticket')}
            error={errors.ticket}
            optional
            width="short"
          />
          <Button>{ctx.t('groundFloor.register.submit')}</Button>
        </form>
        <GroundFloorLive
          ctx={ctx}
          requests={requests}
          viewer="information_point"
          stream="/api/parter/zdarzenia"
          heading={ctx.t('groundFloor.list.title')}
        />
      </div>
      <GroundFloorFiguresTable ctx={ctx} figures={figures} days={days} />
    </Layout>
  );
}

/** /kierownik/parter: the unit head's ground-floor requests (escalations sound here) and the unit's figures. */
export function UnitHeadGroundFloorPage({
  ctx,
  unit,
  requests,
  figures,
  days,
  notice,
}: {
  ctx: PageContext;
  unit: { name: Translated } | null;
  requests: readonly GroundFloorRequestView[];
  figures: readonly UnitGroundFloorFigures[];
  days: number;
  notice?: string | undefined;
}) {
  const title = ctx.t('groundFloor.head.title');
  return (
    <Layout ctx={ctx} title={title} nav={staffNav(ctx)} wide scripts={SCRIPTS}>
      {notice && (
        <p class="notice notice--success" role="status">
          {notice}
        </p>
      )}
      <h1>{title}</h1>
      {unit ? (
        <p class="lead">{ctx.t('groundFloor.head.lead', { unit: inLanguage(unit.name, ctx.locale).value })}</p>
      ) : (
        <p class="lead">{ctx.t('groundFloor.head.noUnit')}</p>
      )}
      <GroundFloorLive
        ctx={ctx}
        requests={requests}
        viewer="unit_head"
        stream="/api/parter/zdarzenia"
        heading={ctx.t('groundFloor.list.title')}
      />
      <GroundFloorFiguresTable ctx={ctx} figures={figures} days={days} />
    </Layout>
  );
}
