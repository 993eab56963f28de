// The announcements of a board or kiosk, live: the event stream sends the list (now and to come) whenever it
// changes, with the server's time; this shows each from its start to its end by the server's clock, the most
// severe first, in the page's status region (read out politely; nothing scrolls or blinks).

interface Item {
  id: number;
  severity: 'info' | 'warning' | 'outage';
  text: string;
  lang?: string;
  from: string;
  until: string | null;
}

const RANK = { outage: 0, warning: 1, info: 2 } as const;

/**
 * Keeps the page's region (`[data-announcements]`) up to date from the `announcements` events of the streams
 * it is given (a board opens a new one after an error: give each).
 * @example const follow = announcementsRegion(); follow?.(new EventSource('/api/kolejka/zdarzenia'));
 */
export function announcementsRegion(): ((source: EventSource) => void) | null {
  const list = document.querySelector<HTMLElement>('[data-announcements]');
  if (!list) return null;
  const empty = document.querySelector<HTMLElement>('[data-no-announcements]');
  const words = JSON.parse(list.dataset.severityWords ?? '{}') as Record<string, string>;
  let items: Item[] | null = null;
  let offsetMs = 0;
  let shownKey = [...list.querySelectorAll<HTMLElement>('[data-announcement]')].map((li) => li.dataset.announcement).join(',');

  const draw = () => {
    if (items === null) return;
    const now = Date.now() + offsetMs;
    const shown = items
      .filter((a) => Date.parse(a.from) <= now && (a.until === null || Date.parse(a.until) > now))
      .sort((a, b) => RANK[a.severity] - RANK[b.severity] || Date.parse(b.from) - Date.parse(a.from));
    const key = shown.map((a) => `${a.id}:${a.text}`).join(',');
    if (key === shownKey) return;
    shownKey = key;
    list.replaceChildren(
      ...shown.map((a) => {
        const li = document.createElement('li');
        li.className = `announcement announcement--${a.severity}`;
        li.dataset.announcement = String(a.id);
        li.dataset.severity = a.severity;
        const severity = document.createElement('strong');
        severity.className = 'announcement__severity';
        severity.textContent = `${words[a.severity] ?? a.severity}:`;
        const text = document.createElement('span');
        text.className = 'announcement__text';
        text.textContent = a.text;
        if (a.lang) text.lang = a.lang;
        li.append(severity, ' ', text);
        return li;
      }),
    );
    if (empty) empty.hidden = shown.length > 0;
  };

  setInterval(draw, 1000);
  return (source) =>
    source.addEventListener('announcements', (event) => {
      const message = JSON.parse((event as MessageEvent<string>).data) as { now: string; items: Item[] };
      offsetMs = Date.parse(message.now) - Date.now();
      items = message.items;
      draw();
    });
}
