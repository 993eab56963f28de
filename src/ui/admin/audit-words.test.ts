import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { LOCALES } from '../i18n/catalog.ts';
import { allMessages, translator } from '../i18n/translator.ts';
import { auditSentence, roleWords } from './audit-words.ts';
import { keyPart } from '../i18n/index.ts';

const SRC = path.resolve(import.meta.dirname, '..', '..');

function sources(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) sources(full, out);
    else if (/\.tsx?$/.test(entry) && !entry.endsWith('.test.ts')) out.push(full);
  }
  return out;
}

/** Every action the code writes to the audit log: literal actions, desk actions, and the ones written in SQL. */
function actionsWritten(): Set<string> {
  const found = new Set<string>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\b(?:action|auditAction): (?:[^,}]*\? )?'([a-z_]+\.[a-z_.]+)'(?: : '([a-z_]+\.[a-z_.]+)')?/g)) {
      found.add(match[1]!);
      if (match[2]) found.add(match[2]);
    }
    for (const match of text.matchAll(/::text, '([a-z_]+\.[a-z_]+)', '[a-z_]+'/g)) found.add(match[1]!);
  }
  for (const change of ['pause', 'resume', 'close']) found.add(`desk.${change}`);
  return found;
}

describe('the audit log in words', () => {
  it('has a sentence in every language for every action the code writes', () => {
    const actions = actionsWritten();
    assert.ok(actions.size > 40, `found only ${actions.size} actions: the scan is broken`);
    for (const action of [...actions].sort())
      for (const locale of LOCALES)
        assert.ok(allMessages(locale).has(`audit.action.${keyPart(action)}`), `${locale}: no sentence for ${action}`);
  });

  it('words every action with only the values the log gives a sentence (a sentence asking for more breaks the log page)', () => {
    for (const action of [...actionsWritten()].sort())
      for (const locale of LOCALES) {
        const t = translator(locale);
        for (const details of [{}, { count: 2, date: '2026-12-03', reason: 'other', ok: true }])
          assert.doesNotThrow(() => auditSentence(t, { action, subjectType: 'office', subjectId: '1', details }), `${locale}: ${action}`);
      }
  });

  it('words a row with its subject and details, never raw keys or JSON', () => {
    const t = translator('pl');
    assert.equal(
      auditSentence(t, { action: 'booking.cancel', subjectType: 'booking', subjectId: '12', details: {} }),
      'Odwołano wizytę #12.',
    );
    assert.equal(
      auditSentence(t, {
        action: 'booking.read_day',
        subjectType: 'booking_day',
        subjectId: '',
        details: { date: '2026-11-24', count: 2, ids: [4, 5] },
      }),
      'Otwarto listę rezerwacji dnia 2026-11-24 (2 rezerwacje).',
    );
    assert.equal(
      auditSentence(t, { action: 'auth.login_failed', subjectType: '', subjectId: '', details: { reason: 'wrong_password' } }),
      'Nieudane logowanie: błędne hasło.',
    );
    assert.equal(
      auditSentence(t, { action: 'mail.read', subjectType: 'mail_outbox', subjectId: '', details: { page: 1 } }),
      'Otwarto listę poczty wychodzącej.',
    );
    assert.equal(
      auditSentence(translator('uk'), { action: 'booking.cancel', subjectType: 'booking', subjectId: '12', details: {} }),
      'Візит #12 скасовано.',
    );
  });

  it('shows an action it has no sentence for as its key', () => {
    assert.equal(
      auditSentence(translator('en'), { action: 'future.thing', subjectType: '', subjectId: '', details: null }),
      'future.thing',
    );
  });

  it('names the roles in words', () => {
    assert.equal(roleWords(translator('pl'), 'admin,information_point'), 'Administrator, Punkt Informacyjny');
  });
});
