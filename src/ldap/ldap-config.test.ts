import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readConfig, ConfigError } from '../config.ts';
import { readLdapConfig } from './ldap-config.ts';

const GOOD = {
  LDAP_URL: 'ldaps://dc1.urzad.local:636',
  LDAP_BIND_DN: 'CN=okienko,OU=Services,DC=urzad,DC=local',
  LDAP_BIND_PASSWORD: 'tajne',
  LDAP_BASE_DN: 'DC=urzad,DC=local',
  LDAP_ROLE_GROUPS: 'clerk=CN=Okienko Urzednicy, OU=Grupy,DC=urzad,DC=local; admin=CN=Okienko Admins,OU=Grupy,DC=urzad,DC=local',
};

describe('the directory login settings (LDAP_*)', () => {
  it('are off without LDAP_URL, and read with Active Directory defaults when set', () => {
    assert.equal(readLdapConfig({}), undefined);
    const config = readLdapConfig(GOOD)!;
    assert.equal(config.userFilter, '(&(objectClass=user)(sAMAccountName={login}))');
    assert.equal(config.disabledFilter, '(userAccountControl:1.2.840.113556.1.4.803:=2)');
    assert.deepEqual(config.roleGroups, [
      { role: 'clerk', dn: 'cn=okienko urzednicy,ou=grupy,dc=urzad,dc=local' },
      { role: 'admin', dn: 'cn=okienko admins,ou=grupy,dc=urzad,dc=local' },
    ]);
  });

  it('refuse at start, in one sentence naming the variable, what cannot work', () => {
    const cases: [NodeJS.ProcessEnv, RegExp][] = [
      [{ ...GOOD, LDAP_URL: 'ldap://dc1.urzad.local' }, /^LDAP_URL must be an ldaps:\/\/ address/],
      [{ ...GOOD, LDAP_BIND_DN: '' }, /^LDAP_BIND_DN must be set when LDAP_URL is\.$/],
      [{ ...GOOD, LDAP_ROLE_GROUPS: 'boss=CN=X,DC=y' }, /^LDAP_ROLE_GROUPS must list role=group DN pairs/],
      [{ ...GOOD, LDAP_USER_FILTER: '(uid=jan)' }, /^LDAP_USER_FILTER must contain \{login\}/],
      [{ ...GOOD, LDAP_CA_FILE: '/nonexistent/ca.pem' }, /^LDAP_CA_FILE must name a readable PEM file/],
      [{ ...GOOD, LDAP_TIMEOUT_MS: 'soon' }, /^LDAP_TIMEOUT_MS must be a whole number/],
    ];
    for (const [env, message] of cases) {
      assert.throws(
        () => readConfig(env),
        (error: unknown) => error instanceof ConfigError && message.test(error.message),
      );
    }
  });
});
