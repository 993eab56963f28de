import type { PageContext } from '../components/context.ts';
import { Layout } from '../components/layout.tsx';
import { Button, ErrorSummary, TextInput, type FormErrors } from '../components/form.tsx';

/**
 * The device login: whoever sets up a kiosk or a board types the token the administrator was shown
 * when registering the device; the browser then keeps it in a cookie.
 */
export function DeviceLoginPage({ ctx, errors = {} }: { ctx: PageContext; errors?: FormErrors }) {
  const title = ctx.t('queue.device.title');
  return (
    <Layout ctx={ctx} title={title} hasErrors={Object.keys(errors).length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1>{title}</h1>
      <p>{ctx.t('queue.device.intro')}</p>
      <form method="post" action="/urzadzenie" novalidate>
        <TextInput
          ctx={ctx}
          name="token"
          label={ctx.t('queue.device.token')}
          hint={ctx.t('queue.device.tokenHint')}
          autocomplete="off"
          spellcheck={false}
          width="long"
          error={errors.token}
        />
        <Button>{ctx.t('queue.device.submit')}</Button>
      </form>
    </Layout>
  );
}
