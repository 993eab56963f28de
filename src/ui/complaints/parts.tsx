import type { DeadlineState } from '../../domain/complaints/index.ts';
import type { PageContext } from '../components/context.ts';
import { formatDate, keyPart } from '../i18n/index.ts';

export const REGISTER_PATH = '/skargi';
export const PUBLIC_COMPLAINT_PATH = '/skargi-i-wnioski';

const DEADLINE_TAG: Record<DeadlineState, string> = {
  done: 'tag',
  overdue: 'tag tag--closed',
  dueToday: 'tag tag--later',
  nearDue: 'tag tag--later',
  onTime: 'tag tag--open',
};

/** The deadline with its standing: "10 stycznia 2027" and a tag "po terminie" / "termin za 3 dni". */
export function DeadlineCell({
  ctx,
  dueOn,
  newDueOn,
  state,
}: {
  ctx: PageContext;
  dueOn: string;
  newDueOn: string | null;
  state: DeadlineState;
}) {
  return (
    <>
      {newDueOn ? (
        <>
          <del>{formatDate(ctx.locale, dueOn)}</del> {formatDate(ctx.locale, newDueOn)}
        </>
      ) : (
        formatDate(ctx.locale, dueOn)
      )}
      {state !== 'done' && (
        <>
          {' '}
          <span class={DEADLINE_TAG[state]}>{ctx.t(`complaints.deadline.${keyPart(state)}`)}</span>
        </>
      )}
    </>
  );
}

/** A date or a dash. */
export function dateOrDash(ctx: PageContext, date: string | null): string {
  return date ? formatDate(ctx.locale, date) : '—';
}
