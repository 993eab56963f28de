import type { AnnouncementNow } from '../../app/announcements/index.ts';
import { inLanguage, type Language } from '../../domain/shared/translated.ts';
import type { PageContext } from '../components/context.ts';

/** An announcement as a screen shows it: its words in the page's language and its schedule. */
export interface ScreenAnnouncement {
  id: number;
  severity: 'info' | 'warning' | 'outage';
  text: string;
  /** Set when the words fell back to Polish in a page of another language. */
  lang: Language | undefined;
  from: string;
  until: string | null;
}

/**
 * The words of an announcement in the page's language: a person's text, or a failed device's sentence with
 * the way around it (the help room from the office's data).
 * @example wordAnnouncement(ctx, a).text // 'Biletomat (Budynek A) jest nieczynny. Bilet weźmiesz w: Punkt Informacyjny, pok. A.0.1 (Budynek A), albo …'
 */
export function wordAnnouncement(ctx: Pick<PageContext, 't' | 'locale'>, a: AnnouncementNow): ScreenAnnouncement {
  const base = { id: a.id, severity: a.severity, from: a.shownFrom.toISOString(), until: a.shownUntil?.toISOString() ?? null };
  if (a.text) {
    const { value, lang } = inLanguage(a.text, ctx.locale);
    return { ...base, text: value, lang };
  }
  const device = a.device!;
  const building = device.buildingName ?? 'none';
  const board = device.kind === 'board';
  const what = board
    ? ctx.t('announcements.device.boardSilent', { building })
    : ctx.t(device.problem === 'silent' ? 'announcements.device.kioskSilent' : 'announcements.device.kioskPrinter', { building });
  const help = a.help
    ? ctx.t(board ? 'announcements.device.boardHelp' : 'announcements.device.kioskHelp', {
        room: a.help.roomName || a.help.roomNumber,
        number: a.help.roomNumber,
        building: a.help.buildingName,
      })
    : ctx.t(board ? 'announcements.device.boardHelpNoRoom' : 'announcements.device.kioskHelpNoRoom');
  return { ...base, text: `${what} ${help}`, lang: undefined };
}

/** One announcement: its severity in words (not by colour alone), then its text. */
export function AnnouncementItem({ ctx, item, hidden }: { ctx: PageContext; item: ScreenAnnouncement; hidden?: boolean }) {
  return (
    <li
      class={`announcement announcement--${item.severity}`}
      data-announcement={item.id}
      data-severity={item.severity}
      data-from={item.from}
      data-until={item.until ?? ''}
      hidden={hidden}
    >
      <strong class="announcement__severity">{ctx.t(`announcements.severity.${item.severity}`)}:</strong>{' '}
      <span class="announcement__text" lang={item.lang}>
        {item.text}
      </span>
    </li>
  );
}

/**
 * The announcements of a screen as a status region (read out politely when it changes; never a marquee), the
 * most severe first. A page shows it only when there is something to say; a board or kiosk (`live`) keeps the
 * region in place, so its script can fill it from the event stream at the announcements' times.
 */
export function AnnouncementRegion({
  ctx,
  announcements,
  variant,
  live,
}: {
  ctx: PageContext;
  announcements: readonly ScreenAnnouncement[];
  variant: 'page' | 'kiosk' | 'board';
  live?: boolean;
}) {
  if (!live && announcements.length === 0) return null;
  return (
    <section class={`announcements announcements--${variant}`} aria-label={ctx.t('announcements.region')} data-announcements-region>
      <div role="status" aria-live="polite">
        <ul class="announcements__list" data-announcements data-severity-words={severityWords(ctx)}>
          {announcements.map((item) => (
            <AnnouncementItem key={item.id} ctx={ctx} item={item} />
          ))}
        </ul>
      </div>
    </section>
  );
}

/** The severities' words for the script that redraws a live region. */
function severityWords(ctx: PageContext): string {
  return JSON.stringify({
    info: ctx.t('announcements.severity.info'),
    warning: ctx.t('announcements.severity.warning'),
    outage: ctx.t('announcements.severity.outage'),
  });
}
