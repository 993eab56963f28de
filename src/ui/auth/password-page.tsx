import type { PageContext } from '../components/context.ts';
import { Layout } from '../components/layout.tsx';
import { Button, CsrfField, ErrorSummary, TextInput, type FormErrors } from '../components/form.tsx';
import { staffNav } from '../staff/nav.ts';

/** The account page: a member of staff changes their own password. */
export function PasswordPage({
  ctx,
  errors = {},
  notice,
  minLength,
}: {
  ctx: PageContext;
  errors?: FormErrors;
  notice?: string | undefined;
  minLength: number;
}) {
  const title = ctx.t('auth.password.title');
  return (
    <Layout ctx={ctx} title={title} hasErrors={Object.keys(errors).length > 0} nav={staffNav(ctx)}>
      {notice && (
        <p class="notice notice--success" role="status">
          {notice}
        </p>
      )}
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{title}</h1>
      <form method="post" action="/konto/haslo" novalidate>
        <CsrfField ctx={ctx} />
        <TextInput
          ctx={ctx}
          name="currentPassword"
          type="password"
          label={ctx.t('auth.password.current')}
          autocomplete="current-password"
          width="medium"
          error={errors.currentPassword}
        />
        <TextInput
          ctx={ctx}
          name="newPassword"
          type="password"
          label={ctx.t('auth.password.new')}
          hint={ctx.t('auth.password.newHint', { min: minLength })}
          autocomplete="new-password"
          width="medium"
          error={errors.newPassword}
        />
        <TextInput
          ctx={ctx}
          name="repeatPassword"
          type="password"
          label={ctx.t('auth.password.repeat')}
          autocomplete="new-password"
          width="medium"
          error={errors.repeatPassword}
        />
        <Button>{ctx.t('auth.password.submit')}</Button>
      </form>
      <p class="muted">{ctx.t('auth.password.otherSessions')}</p>
    </Layout>
  );
}
