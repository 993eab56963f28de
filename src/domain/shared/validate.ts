import { invalid, type FieldError } from './errors.ts';

// C0 and C1 control characters and the bidirectional overrides and isolates, which can make a text read
// otherwise than it is stored; a multi-line text keeps its line breaks and tabs.
/* eslint-disable no-control-regex -- control characters are what these two patterns find. */
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
const CONTROL_IN_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
/* eslint-enable no-control-regex */
/** Something a reader can see: not only spaces, zero-width characters (format, Cf) or combining marks (M). */
const VISIBLE = /[^\p{Z}\p{Cf}\p{M}\s]/u;

/**
 * Why a non-empty text cannot be taken as typed by a person, as a message key, or null when it can.
 * @example unreadableText('Jan\u0000Kowalski') // 'errors.controlCharacters'
 */
export function unreadableText(value: string, multiline = false): 'errors.controlCharacters' | 'errors.noVisibleText' | null {
  if ((multiline ? CONTROL_IN_LINES : CONTROL).test(value)) return 'errors.controlCharacters';
  if (!VISIBLE.test(value)) return 'errors.noVisibleText';
  return null;
}

/**
 * Collects field errors while a use case reads its input, then throws them all at once,
 * so a form shows every mistake in one go.
 * @example const v = new FieldCheck(); const name = v.text('name', input.name, { max: 120 }); v.done();
 */
export class FieldCheck {
  private readonly errors: Record<string, FieldError> = {};

  fail(field: string, key: string, values?: Record<string, string | number>): void {
    if (!(field in this.errors)) this.errors[field] = values ? { key, values } : { key };
  }

  has(field: string): boolean {
    return field in this.errors;
  }

  /**
   * A trimmed text; required unless `optional`; at most `max` characters; line breaks only when `multiline`.
   * Control characters (NUL, escapes, direction overrides) and text with nothing visible (only zero-width
   * or combining marks) are refused.
   */
  text(
    field: string,
    raw: unknown,
    options: { max: number; optional?: boolean; multiline?: boolean; pattern?: RegExp; patternKey?: string },
  ): string {
    const value = typeof raw === 'string' ? raw.trim() : '';
    if (value === '') {
      if (!options.optional) this.fail(field, 'errors.required');
      return '';
    }
    const unreadable = unreadableText(value, options.multiline);
    if (unreadable) this.fail(field, unreadable);
    else if (value.length > options.max) this.fail(field, 'errors.tooLong', { max: options.max });
    else if (options.pattern && !options.pattern.test(value)) this.fail(field, options.patternKey ?? 'errors.format');
    return value;
  }

  /** A whole number within bounds. */
  integer(field: string, raw: unknown, options: { min: number; max: number; optional?: boolean }): number | null {
    const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
    if (text === '') {
      if (!options.optional) this.fail(field, 'errors.required');
      return null;
    }
    if (!/^-?\d+$/.test(text)) {
      this.fail(field, 'errors.wholeNumber');
      return null;
    }
    const value = Number(text);
    if (value < options.min || value > options.max) {
      this.fail(field, 'errors.range', { min: options.min, max: options.max });
      return null;
    }
    return value;
  }

  /** A time of day "HH:MM". */
  time(field: string, raw: unknown, options: { optional?: boolean } = {}): string | null {
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (text === '') {
      if (!options.optional) this.fail(field, 'errors.required');
      return null;
    }
    const match = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text);
    if (!match) {
      this.fail(field, 'errors.time');
      return null;
    }
    return `${match[1]!.padStart(2, '0')}:${match[2]!}`;
  }

  /** A calendar date "YYYY-MM-DD" that exists. */
  date(field: string, raw: unknown, options: { optional?: boolean } = {}): string | null {
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (text === '') {
      if (!options.optional) this.fail(field, 'errors.required');
      return null;
    }
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const valid =
      match &&
      (() => {
        const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
        const d = new Date(Date.UTC(year, month - 1, day));
        return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
      })();
    if (!valid) {
      this.fail(field, 'errors.date');
      return null;
    }
    return text;
  }

  /** One of the allowed values. */
  oneOf<T extends string>(field: string, raw: unknown, allowed: readonly T[], options: { optional?: boolean } = {}): T | null {
    if ((raw === undefined || raw === '' || raw === null) && options.optional) return null;
    if (typeof raw === 'string' && (allowed as readonly string[]).includes(raw)) return raw as T;
    this.fail(field, raw === undefined || raw === '' ? 'errors.required' : 'errors.choice');
    return null;
  }

  /** A checkbox: present and truthy means yes. */
  flag(raw: unknown): boolean {
    return raw === true || raw === 'on' || raw === 'true' || raw === '1' || raw === 'yes';
  }

  /** An e-mail address (simple shape; the real check is the message arriving). */
  email(field: string, raw: unknown, options: { optional?: boolean } = {}): string {
    return this.text(field, raw, {
      max: 200,
      optional: options.optional ?? false,
      pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
      patternKey: 'errors.email',
    });
  }

  /** Throws the collected errors, if any. */
  done(): void {
    if (Object.keys(this.errors).length > 0) throw invalid(this.errors);
  }
}
