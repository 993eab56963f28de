import type { RoomChoice } from '../../app/organisation/index.ts';
import type { InformationPointPolicy } from '../../app/special-needs/index.ts';
import type { FormValues } from '../../domain/organisation/form-values.ts';
import { ESCALATE_MINUTES_RANGE } from '../../domain/special-needs/index.ts';
import type { PageContext } from '../components/context.ts';
import { Button, CsrfField, Select, TextInput, type FormErrors } from '../components/form.tsx';
import { AdminPage, val, type Notice } from '../admin/common.tsx';

/** Where the administrator keeps the Information Point's settings. */
export const INFORMATION_POINT_SETTINGS_PATH = '/admin/punkt-informacyjny';

/** The saved settings as the form shows them. */
export function informationPointPolicyToForm(policy: InformationPointPolicy): FormValues {
  return {
    escalateMinutes: String(policy.escalateMinutes),
    interpreterRoomId: policy.interpreterRoomId === null ? '' : String(policy.interpreterRoomId),
    videoUrl: policy.videoUrl ?? '',
  };
}

/** The Information Point's settings: the ground-floor call's escalation, the interpreter's room and video address. */
export function InformationPointSettingsPage({
  ctx,
  values,
  rooms,
  errors,
  notice,
}: {
  ctx: PageContext;
  values: FormValues;
  rooms: readonly RoomChoice[];
  errors: FormErrors;
  notice?: Notice | undefined;
}) {
  const options = rooms.map((r) => ({
    value: String(r.id),
    label: ctx.t('admin.units.roomOption', { building: r.buildingName, number: r.number, floor: r.floor }),
  }));
  return (
    <AdminPage ctx={ctx} title={ctx.t('specialNeeds.settings.title')} errors={errors} notice={notice}>
      <p class="lead">{ctx.t('specialNeeds.settings.lead')}</p>
      <form method="post" action={INFORMATION_POINT_SETTINGS_PATH} novalidate>
        <CsrfField ctx={ctx} />
        <TextInput
          ctx={ctx}
          name="escalateMinutes"
          inputMode="numeric"
          width="short"
          label={ctx.t('specialNeeds.settings.escalateMinutes')}
          hint={ctx.t('specialNeeds.settings.escalateMinutes.hint', { ...ESCALATE_MINUTES_RANGE })}
          value={val(values, 'escalateMinutes')}
          error={errors.escalateMinutes}
        />
        <Select
          ctx={ctx}
          name="interpreterRoomId"
          optional
          label={ctx.t('specialNeeds.settings.interpreterRoom')}
          hint={ctx.t('specialNeeds.settings.interpreterRoom.hint')}
          value={val(values, 'interpreterRoomId')}
          options={options}
          emptyLabel={ctx.t('specialNeeds.settings.interpreterRoom.none')}
          error={errors.interpreterRoomId}
        />
        <TextInput
          ctx={ctx}
          name="videoUrl"
          optional
          label={ctx.t('specialNeeds.settings.videoUrl')}
          hint={ctx.t('specialNeeds.settings.videoUrl.hint')}
          value={val(values, 'videoUrl')}
          error={errors.videoUrl}
        />
        <Button>{ctx.t('specialNeeds.settings.submit')}</Button>
      </form>
    </AdminPage>
  );
}
