// Draws the board's calls, last calls and waiting counts from the queue snapshot (/api/kolejka), as the
// server drew them in the page.

export interface CallPlace {
  name: string;
  street: string;
}

export interface SnapshotCall {
  ticketId: number;
  number: string;
  deskNumber: string;
  building: CallPlace | null;
}

export interface Snapshot {
  services: {
    serviceId: number;
    letter: string;
    name: string;
    waiting: number;
    openDesks: number;
    estimate: { kind: string; text: string };
  }[];
  calls: SnapshotCall[];
  recentCalls: SnapshotCall[];
}

export interface RenderTexts {
  /** 'stanowisko {desk}' */
  deskLabel: string;
  noEstimate: string;
  /** How many current calls are shown large. */
  large: number;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string | null, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function arrow(className: string | null): HTMLSpanElement {
  const node = element('span', className, '→');
  node.setAttribute('aria-hidden', 'true');
  return node;
}

/** "Budynek A, ul. Szkolna 28", the street kept on one line (as the server draws it). */
function place(where: CallPlace): HTMLSpanElement {
  const node = element('span', 'board__place');
  const street = where.street.trim();
  if (street === '') node.textContent = where.name;
  else node.append(`${where.name}, `, element('span', 'board__street', street));
  return node;
}

/**
 * Redraws the board from a snapshot; `freshTicketId` is the call that just came (its frame pulses).
 * @example render(await (await fetch('/api/kolejka')).json(), texts, 41);
 */
export function render(snapshot: Snapshot, texts: RenderTexts, freshTicketId: number | null): void {
  const desk = (number: string) => texts.deskLabel.replace('{desk}', number);
  const calls = document.querySelector('[data-calls]');
  if (calls) {
    calls.replaceChildren(
      ...snapshot.calls.slice(0, texts.large).map((call, i) => {
        const classes = ['board__call'];
        if (i === 0) classes.push('board__call--newest');
        if (call.ticketId === freshTicketId) classes.push('board__call--fresh');
        const item = element('li', classes.join(' '));
        item.dataset.ticketId = String(call.ticketId);
        item.append(
          element('span', 'board__number', call.number),
          arrow('board__arrow'),
          element('span', 'board__desk', desk(call.deskNumber)),
        );
        if (call.building) item.append(place(call.building));
        return item;
      }),
    );
  }
  const empty = document.querySelector<HTMLElement>('[data-calls-empty]');
  if (empty) empty.hidden = snapshot.calls.length > 0;

  const recent = document.querySelector('[data-recent-calls]');
  if (recent) {
    recent.replaceChildren(
      ...snapshot.recentCalls.map((call) => {
        const item = element('li', 'board__recent');
        item.dataset.ticketId = String(call.ticketId);
        const where = element('span', 'board__recent-desk');
        where.append(arrow(null), ` ${desk(call.deskNumber)}`);
        item.append(element('span', 'board__number', call.number), ' ', where);
        if (call.building) item.append(element('span', 'board__recent-place', call.building.name));
        return item;
      }),
    );
  }
  const recentEmpty = document.querySelector<HTMLElement>('[data-recent-empty]');
  if (recentEmpty) recentEmpty.hidden = snapshot.recentCalls.length > 0;

  const services = document.querySelector('[data-services]');
  if (services) {
    // As the server draws it: only services someone waits for or a desk serves now.
    services.replaceChildren(
      ...snapshot.services
        .filter((s) => s.waiting > 0 || s.openDesks > 0)
        .map((s) => {
          const row = element('tr', null);
          const head = element('th', null);
          head.setAttribute('scope', 'row');
          head.append(element('span', 'board__service', `${s.letter} — ${s.name}`));
          row.append(
            head,
            element('td', null, String(s.waiting)),
            element('td', null, s.estimate.kind === 'unknown' ? texts.noEstimate : s.estimate.text),
          );
          return row;
        }),
    );
  }
}
