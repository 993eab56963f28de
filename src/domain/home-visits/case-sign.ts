/**
 * The EZD case sign (znak sprawy) in the usual form of the office instruction: the unit's symbol, the JRWA
 * symbol, the case's number in that unit's list for the year, and the year — `SO.5340.12.2026`. A unit symbol is
 * capital letters, optionally with a part after a hyphen (`WGK-II`); the JRWA symbol has one to four digits.
 */
export interface CaseSign {
  unit: string;
  jrwa: string;
  number: number;
  year: number;
  text: string;
}

const CASE_SIGN = /^([A-ZĄĆĘŁŃÓŚŹŻ]{1,10}(?:-[A-Z0-9ĄĆĘŁŃÓŚŹŻ]{1,6})?)\.(\d{1,4})\.([1-9]\d{0,5})\.(\d{4})$/u;

/** Why a text is not a case sign. */
export type CaseSignProblem = 'format' | 'year';

/**
 * Reads a case sign typed with any surrounding spaces and in any case; the year must be between 2000 and the
 * year after `currentYear` (a sign is given when the case is registered).
 * @example parseCaseSign(' so.5340.12.2026 ', 2026) // { ok: true, sign: { unit: 'SO', jrwa: '5340', number: 12, year: 2026, text: 'SO.5340.12.2026' } }
 */
export function parseCaseSign(raw: string, currentYear: number): { ok: true; sign: CaseSign } | { ok: false; problem: CaseSignProblem } {
  const match = CASE_SIGN.exec(raw.trim().toUpperCase());
  if (!match) return { ok: false, problem: 'format' };
  const year = Number(match[4]);
  if (year < 2000 || year > currentYear + 1) return { ok: false, problem: 'year' };
  const sign = { unit: match[1]!, jrwa: match[2]!, number: Number(match[3]), year };
  return { ok: true, sign: { ...sign, text: `${sign.unit}.${sign.jrwa}.${sign.number}.${sign.year}` } };
}

/** The City Secretary's authorisations are numbered in the Secretary's own list: `SM.0052.<n>.<year>`. */
export const AUTHORISATION_SIGN_PREFIX = 'SM.0052';

/**
 * @example authorisationNumber(15, 2026) // 'SM.0052.15.2026'
 */
export function authorisationNumber(sequence: number, year: number): string {
  return `${AUTHORISATION_SIGN_PREFIX}.${sequence}.${year}`;
}
