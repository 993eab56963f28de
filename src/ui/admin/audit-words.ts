import type { AuditRow } from '../../app/audit/index.ts';
import type { Translate } from '../i18n/index.ts';
import { keyPart } from '../i18n/index.ts';

/** A number or a short text of the row's details, or the fallback. */
function detail(details: unknown, name: string): unknown {
  return details !== null && typeof details === 'object' ? (details as Record<string, unknown>)[name] : undefined;
}

function countOf(details: unknown): number {
  for (const name of ['count', 'sessionsEnded', 'rows']) {
    const value = detail(details, name);
    if (typeof value === 'number') return value;
  }
  return 0;
}

/**
 * What an audit row records, as a sentence in the reader's language (`audit.action.<action>`); an action
 * without a sentence (one written by a newer version, say) is shown as its key.
 * @example auditSentence(t, { action: 'booking.cancel', subjectId: '12', … }) // 'Odwołano wizytę #12.'
 */
export function auditSentence(t: Translate, row: Pick<AuditRow, 'action' | 'subjectType' | 'subjectId' | 'details'>): string {
  const key = `audit.action.${keyPart(row.action)}`;
  const text = (value: unknown, fallback: string) => (typeof value === 'string' && value !== '' ? value : fallback);
  const sentence = t(key, {
    id: row.subjectId === '' ? 'none' : row.subjectId,
    subject: text(row.subjectType, 'none'),
    count: countOf(row.details),
    date: text(detail(row.details, 'date'), ''),
    reason: text(detail(row.details, 'reason'), 'other'),
    ok: String(detail(row.details, 'ok') === true),
  });
  return sentence === key ? row.action : sentence;
}

/** The roles a row was written under ('admin,clerk'), in words. */
export function roleWords(t: Translate, roles: string): string {
  return roles
    .split(',')
    .filter((role) => role !== '')
    .map((role) => {
      const key = `admin.staff.role.${keyPart(role)}`;
      const word = t(key);
      return word === key ? role : word;
    })
    .join(', ');
}
