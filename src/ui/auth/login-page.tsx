import type { PageContext } from '../components/context.ts';
import { Layout } from '../components/layout.tsx';
import { Button, ErrorSummary, TextInput, type FormErrors } from '../components/form.tsx';

export interface LoginPageProps {
  ctx: PageContext;
  /** The login form's own token (double-submit: the same value sits in a cookie). */
  formToken: string;
  returnTo: string;
  login?: string;
  errors?: FormErrors;
  notice?: string | undefined;
}

/** The staff login form: login and password, the way back kept in a hidden field. */
export function LoginPage({ ctx, formToken, returnTo, login, errors = {}, notice }: LoginPageProps) {
  const title = ctx.t('auth.login.title');
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Layout ctx={ctx} title={title} hasErrors={hasErrors}>
      {notice && (
        <p class="notice notice--success" role="status">
          {notice}
        </p>
      )}
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{title}</h1>
      <p>{ctx.t('auth.login.intro')}</p>
      <form method="post" action="/logowanie" novalidate>
        <input type="hidden" name="_csrf" value={formToken} />
        {returnTo !== '' && <input type="hidden" name="wroc" value={returnTo} />}
        <TextInput
          ctx={ctx}
          name="login"
          label={ctx.t('auth.login.login')}
          value={login ?? ''}
          autocomplete="username"
          width="medium"
          spellcheck={false}
          error={errors.login}
        />
        <TextInput
          ctx={ctx}
          name="password"
          type="password"
          label={ctx.t('auth.login.password')}
          autocomplete="current-password"
          width="medium"
          error={errors.password}
        />
        <Button>{ctx.t('auth.login.submit')}</Button>
      </form>
      <p class="muted">{ctx.t('auth.login.forgotten')}</p>
    </Layout>
  );
}
