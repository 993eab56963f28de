import type { FormValues } from '../../domain/organisation/form-values.ts';
import type { PageContext } from '../components/context.ts';
import { Button, ErrorSummary, TextArea, type FormErrors } from '../components/form.tsx';
import { Layout } from '../components/layout.tsx';
import { val } from '../admin/common.tsx';
import { AntiBotField, ANTI_BOT_SCRIPT } from '../booking/anti-bot-field.tsx';
import { PUBLIC_COMPLAINT_PATH } from './parts.tsx';
import { KindField, SenderFields } from './register.tsx';

interface PublicComplaintProps {
  ctx: PageContext;
  values: FormValues;
  errors: FormErrors;
  challenge: { id: string; question: string };
  formToken: string;
}

/**
 * /skargi-i-wnioski: a resident files a complaint or a request. Works without JavaScript (the anti-bot step is a
 * question in words then); says plainly that one without name and address is not examined.
 */
export function PublicComplaintPage({ ctx, values, errors, challenge, formToken }: PublicComplaintProps) {
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Layout ctx={ctx} title={ctx.t('complaints.public.title')} hasErrors={hasErrors} scripts={[ANTI_BOT_SCRIPT]}>
      {hasErrors && <ErrorSummary ctx={ctx} errors={errors} />}
      <h1>{ctx.t('complaints.public.title')}</h1>
      <p class="lead">{ctx.t('complaints.public.lead')}</p>
      <div class="notice notice--warning">
        <p>{ctx.t('complaints.public.anonymousNotice')}</p>
      </div>
      <p>{ctx.t('complaints.public.deadline')}</p>
      <form method="post" action={PUBLIC_COMPLAINT_PATH} novalidate>
        <input type="hidden" name="_csrf" value={formToken} />
        <KindField ctx={ctx} values={values} errors={errors} />
        <TextArea
          ctx={ctx}
          name="subject"
          label={ctx.t('complaints.public.subject')}
          hint={ctx.t('complaints.public.subject.hint')}
          rows={8}
          value={val(values, 'subject')}
          error={errors.subject}
        />
        <h2>{ctx.t('complaints.public.senderTitle')}</h2>
        <SenderFields ctx={ctx} values={values} errors={errors} prefix="complaints.public" />
        <p class="hint">{ctx.t('complaints.public.privacy')}</p>
        <AntiBotField ctx={ctx} challenge={challenge} error={errors.antiBot} />
        <Button>{ctx.t('complaints.public.submit')}</Button>
      </form>
    </Layout>
  );
}

/** After sending: received, the number and the deadline; or, without name and address, why it will not be examined. */
export function PublicComplaintDonePage({
  ctx,
  examinable,
  number,
  dueOn,
}: {
  ctx: PageContext;
  examinable: boolean;
  number: number;
  dueOn: string;
}) {
  return (
    <Layout ctx={ctx} title={ctx.t('complaints.public.done.title')}>
      <h1>{ctx.t('complaints.public.done.title')}</h1>
      <div class="panel-confirmation">
        <p>{ctx.t('complaints.public.done.number', { id: number })}</p>
      </div>
      {examinable ? (
        <p>{ctx.t('complaints.public.done.examined', { date: dueOn })}</p>
      ) : (
        <p>{ctx.t('complaints.public.done.unexamined')}</p>
      )}
      <p>
        <a href="/">{ctx.t('complaints.public.done.home')}</a>
      </p>
    </Layout>
  );
}
