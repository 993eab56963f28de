import type { FormValues } from '../../domain/organisation/form-values.ts';
import type { PageContext } from '../components/context.ts';
import { Button, CsrfField, TextInput, type FormErrors } from '../components/form.tsx';
import { AdminPage, val, type Notice } from './common.tsx';

/** One whole-number setting of a settings page: its field, and the keys of its label and hint. */
export interface DaySetting {
  name: string;
  label: string;
  hint: string;
  value: number;
}

/**
 * A page of whole-number settings (days, mostly), posted to `action`: what was typed comes back with each
 * field's error after a refusal; the saved values are shown otherwise.
 */
export function DaySettingsPage({
  ctx,
  title,
  action,
  settings,
  submit,
  back,
  values,
  errors,
  notice,
}: {
  ctx: PageContext;
  title: string;
  action: string;
  settings: readonly DaySetting[];
  submit: string;
  back: { href: string; label: string };
  values?: FormValues | undefined;
  errors?: FormErrors | undefined;
  notice?: Notice | undefined;
}) {
  const shown: FormValues = values ?? Object.fromEntries(settings.map((s) => [s.name, String(s.value)]));
  const errs = errors ?? {};
  return (
    <AdminPage ctx={ctx} title={title} errors={errs} notice={notice}>
      <form method="post" action={action} novalidate>
        <CsrfField ctx={ctx} />
        {settings.map((s) => (
          <TextInput
            ctx={ctx}
            name={s.name}
            inputMode="numeric"
            width="short"
            label={ctx.t(s.label)}
            hint={ctx.t(s.hint)}
            value={val(shown, s.name)}
            error={errs[s.name]}
          />
        ))}
        <Button>{submit}</Button>
      </form>
      <p>
        <a href={back.href}>{back.label}</a>
      </p>
    </AdminPage>
  );
}
