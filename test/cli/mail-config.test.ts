import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, readConfig } from '../../src/config.ts';

describe('mail settings', () => {
  it('takes smtp:// and smtps:// addresses and a sender', () => {
    const config = readConfig({
      SMTP_URL: 'smtps://user:secret@mail.example.pl:465',
      MAIL_FROM: 'Urząd Miasta <no-reply@urzad.example.pl>',
    });
    assert.equal(config.smtpUrl, 'smtps://user:secret@mail.example.pl:465');
    assert.equal(config.mailFrom, 'Urząd Miasta <no-reply@urzad.example.pl>');
    assert.equal(readConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' }).smtpUrl, 'smtp://127.0.0.1:2525');
  });

  it('leaves both unset when empty: mail is then built but not delivered', () => {
    const config = readConfig({ SMTP_URL: '', MAIL_FROM: ' ' });
    assert.equal(config.smtpUrl, undefined);
    assert.equal(config.mailFrom, undefined);
  });

  it('refuses another scheme or a malformed address without repeating the password', () => {
    for (const raw of ['http://user:secret@mail.example.pl', 'mail.example.pl:25', 'smtp://']) {
      assert.throws(
        () => readConfig({ SMTP_URL: raw }),
        (error: unknown) => error instanceof ConfigError && /SMTP_URL must be/.test(error.message) && !error.message.includes('secret'),
      );
    }
  });

  it('refuses a sender that is not an address', () => {
    assert.throws(
      () => readConfig({ MAIL_FROM: 'Urząd Miasta' }),
      (error: unknown) => error instanceof ConfigError && /MAIL_FROM must be/.test(error.message),
    );
  });
});
