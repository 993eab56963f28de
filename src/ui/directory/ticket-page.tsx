import type { KioskChoices } from '../../app/queue/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import type { PageContext } from '../components/context.ts';
import { Button, Checkbox, CsrfField, ErrorSummary, Select, type FormErrors } from '../components/form.tsx';
import { Layout } from '../components/layout.tsx';
import { staffNav } from '../staff/nav.ts';
import { ISSUE_TICKET_PATH } from './information-point-page.tsx';

const valueOf = (values: FormValues, name: string): string => {
  const value = values[name];
  return typeof value === 'string' ? value : '';
};

/**
 * /punkt-informacyjny/bilet: the Information Point issues a ticket for a person (regular or priority, seed
 * 7.1; served on the ground floor when the person cannot go upstairs). The ticket's page follows.
 */
export function IssueTicketPage({
  ctx,
  choices,
  values,
  errors,
}: {
  ctx: PageContext;
  choices: KioskChoices;
  values: FormValues;
  errors: FormErrors;
}) {
  const { t, locale } = ctx;
  const title = t('directory.ticket.title');
  const services = choices.units.flatMap((unit) =>
    unit.services.map((s) => ({
      value: String(s.serviceId),
      label: `${s.letter} — ${inLanguage(s.name, locale).value} (${t('directory.ticket.waiting', { count: s.waiting })})`,
    })),
  );
  return (
    <Layout ctx={ctx} title={title} hasErrors={Object.keys(errors).length > 0} nav={staffNav(ctx)}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{title}</h1>
      <p class="lead">{t('directory.ticket.lead')}</p>
      <form method="post" action={ISSUE_TICKET_PATH} novalidate>
        <CsrfField ctx={ctx} />
        <Select
          ctx={ctx}
          name="serviceId"
          label={t('directory.ticket.service')}
          emptyLabel={t('directory.ticket.chooseService')}
          options={services}
          value={valueOf(values, 'serviceId')}
          error={errors.serviceId}
        />
        <Select
          ctx={ctx}
          name="priorityReason"
          label={t('directory.ticket.priority')}
          hint={t('directory.ticket.priority.hint')}
          emptyLabel={t('directory.ticket.noPriority')}
          options={choices.priorityReasons.map((r) => ({ value: r.code, label: inLanguage(r.name, locale).value }))}
          value={valueOf(values, 'priorityReason')}
          error={errors.priorityReason}
          optional
        />
        {errors.groundFloor && (
          <p id="groundFloor-error" class="error-message">
            {errors.groundFloor}
          </p>
        )}
        <Checkbox
          name="groundFloor"
          label={t('directory.ticket.groundFloor')}
          hint={t('directory.ticket.groundFloor.hint')}
          checked={valueOf(values, 'groundFloor') !== ''}
        />
        <div class="button-group">
          <Button>{t('directory.ticket.issue')}</Button>
          <a href="/punkt-informacyjny">{t('form.cancel')}</a>
        </div>
      </form>
    </Layout>
  );
}
