import { DomainError } from '../../domain/shared/errors.ts';
import type { IssueRefusal } from '../../domain/queue/index.ts';
import { inLanguage } from '../../domain/shared/translated.ts';
import { keyPart } from '../../domain/shared/message-key.ts';

/**
 * An issuing refusal as a 409 whose message says why and what to do (key `queue.refusal.<code>`).
 * A reason the office typed in three languages is given in the caller's language (Polish when untranslated).
 * @example throw refusalError({ code: 'limit_reached', limit: 50 }, 'pl');
 */
export function refusalError(refusal: IssueRefusal, locale: 'pl' | 'en' | 'uk'): DomainError {
  const key = `queue.refusal.${keyPart(refusal.code)}`;
  switch (refusal.code) {
    case 'inactive':
      return new DomainError('conflict', key);
    case 'unknown_priority_reason':
      return new DomainError('validation', key, { fields: { priorityReason: { key } } });
    case 'before_opening':
      return new DomainError('conflict', key, { values: { opensAt: refusal.opensAt } });
    case 'after_cutoff':
      return new DomainError('conflict', key, { values: { cutoffAt: refusal.cutoffAt, closesAt: refusal.closesAt } });
    case 'limit_reached':
      return new DomainError('conflict', key, { values: { limit: refusal.limit } });
    case 'numbers_used_up':
      return new DomainError('conflict', key, { values: { letter: refusal.letter } });
    case 'closed_today': {
      const { reason } = refusal;
      if (reason.kind === 'no_hours_on_weekday') return new DomainError('conflict', key, { values: { why: 'no_hours', reason: '' } });
      const text = reason.kind === 'public_holiday' ? reason.name : reason.reason;
      return new DomainError('conflict', key, { values: { why: reason.kind, reason: inLanguage(text, locale).value } });
    }
  }
}
