import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, createStaff, type TestServer } from '../support/server.ts';
import { logInThroughForm } from '../support/login-form.ts';
import { startSlapd, type Slapd } from '../support/slapd.ts';

// Staff log in with the office's directory: a real slapd over ldaps:// with its own certificate. Anna is in
// the clerks' and the unit heads' groups; Jan is a clerk whose account the directory marks disabled
// (employeeType=disabled, the LDAP_DISABLED_FILTER of this office); Ola is in no group with access.

const SUFFIX = 'dc=urzad,dc=test';
const person = (uid: string, name: string, extra: string[] = []) =>
  [
    `dn: uid=${uid},ou=people,${SUFFIX}`,
    'objectClass: inetOrgPerson',
    `uid: ${uid}`,
    `cn: ${name}`,
    `sn: ${name.split(' ').pop()}`,
    `displayName: ${name}`,
    `mail: ${uid}@urzad.test`,
    `userPassword: haslo-${uid}`,
    ...extra,
    '',
  ].join('\n');
const ENTRIES = [
  [`dn: ${SUFFIX}`, 'objectClass: dcObject', 'objectClass: organization', 'dc: urzad', 'o: Urzad Testowy', ''].join('\n'),
  ...['people', 'groups', 'services'].map((ou) =>
    [`dn: ou=${ou},${SUFFIX}`, 'objectClass: organizationalUnit', `ou: ${ou}`, ''].join('\n'),
  ),
  [
    `dn: cn=okienko,ou=services,${SUFFIX}`,
    'objectClass: organizationalRole',
    'objectClass: simpleSecurityObject',
    'cn: okienko',
    'userPassword: konto-uslugi',
    '',
  ].join('\n'),
  person('anna.nowak', 'Anna Nowak'),
  person('jan.kowal', 'Jan Kowal', ['employeeType: disabled']),
  person('ola.lis', 'Ola Lis'),
  [
    `dn: cn=Okienko Urzednicy,ou=groups,${SUFFIX}`,
    'objectClass: groupOfNames',
    'cn: Okienko Urzednicy',
    `member: uid=anna.nowak,ou=people,${SUFFIX}`,
    `member: uid=jan.kowal,ou=people,${SUFFIX}`,
    '',
  ].join('\n'),
  [
    `dn: cn=Okienko Kierownicy,ou=groups,${SUFFIX}`,
    'objectClass: groupOfNames',
    'cn: Okienko Kierownicy',
    `member: uid=anna.nowak,ou=people,${SUFFIX}`,
    '',
  ].join('\n'),
  [
    `dn: cn=Inna Grupa,ou=groups,${SUFFIX}`,
    'objectClass: groupOfNames',
    'cn: Inna Grupa',
    `member: uid=ola.lis,ou=people,${SUFFIX}`,
    '',
  ].join('\n'),
].join('\n');

describe('logging in with the office directory (LDAP over TLS)', () => {
  let ldap: Slapd;
  let server: TestServer;
  before(async () => {
    ldap = await startSlapd(SUFFIX, ENTRIES);
    server = await startTestServer({
      env: {
        LDAP_URL: ldap.url,
        LDAP_CA_FILE: ldap.caFile,
        LDAP_BIND_DN: `cn=okienko,ou=services,${SUFFIX}`,
        LDAP_BIND_PASSWORD: 'konto-uslugi',
        LDAP_BASE_DN: SUFFIX,
        LDAP_USER_FILTER: '(&(objectClass=inetOrgPerson)(uid={login}))',
        LDAP_GROUP_FILTER: '(&(objectClass=groupOfNames)(member={dn}))',
        LDAP_DISABLED_FILTER: '(employeeType=disabled)',
        // The second DN as people type them: other case, spaces after the commas.
        LDAP_ROLE_GROUPS: `clerk=cn=Okienko Urzednicy,ou=groups,${SUFFIX};unit_head=CN=Okienko Kierownicy, OU=groups, DC=urzad, DC=test`,
        LDAP_TIMEOUT_MS: '2000',
      },
    });
  });
  after(async () => {
    await server?.close();
    await ldap?.stop();
  });

  const audit = async (action: string) =>
    (await server.db.selectFrom('audit_log').select(['details', 'subject_id']).where('action', '=', action).orderBy('id').execute()).map(
      (row) => ({ details: row.details as Record<string, unknown>, subject: row.subject_id }),
    );
  const rows = async () => ({
    staff: (await server.db.selectFrom('staff').select('id').execute()).length,
    sessions: (await server.db.selectFrom('staff_session').select('token_hash').execute()).length,
  });

  it('logs a directory account in with the roles of its groups, making its account at the first login', async () => {
    const { response, sessionCookie } = await logInThroughForm(server, 'Anna.Nowak', 'haslo-anna.nowak');
    assert.equal(response.status, 303);
    assert.ok(sessionCookie);
    const staff = await server.db
      .selectFrom('staff')
      .select(['id', 'login', 'full_name', 'email', 'directory_dn', 'password_hash'])
      .where('login', '=', 'anna.nowak')
      .executeTakeFirstOrThrow();
    assert.deepEqual(
      { login: staff.login, name: staff.full_name, email: staff.email, dn: staff.directory_dn },
      { login: 'anna.nowak', name: 'Anna Nowak', email: 'anna.nowak@urzad.test', dn: `uid=anna.nowak,ou=people,${SUFFIX}` },
    );
    const roles = await server.db.selectFrom('staff_role').select('role').where('staff_id', '=', staff.id).orderBy('role').execute();
    assert.deepEqual(
      roles.map((r) => r.role),
      ['clerk', 'unit_head'],
    );
    // The session works: a clerk's page opens.
    const page = await fetch(`${server.url}/stanowisko`, { headers: { cookie: sessionCookie }, redirect: 'manual' });
    assert.equal(page.status, 200);
    assert.deepEqual(await audit('staff.directory_sync'), [
      { details: { created: true, roles: 'clerk,unit_head' }, subject: String(staff.id) },
    ]);

    // A second login finds the same account and changes nothing it need not; no local password opens it.
    const before = await rows();
    assert.equal((await logInThroughForm(server, 'anna.nowak', 'haslo-anna.nowak')).response.status, 303);
    assert.equal((await rows()).staff, before.staff);
    assert.equal((await audit('staff.directory_sync')).length, 1);
    assert.equal(staff.password_hash.startsWith('$argon2'), false);
  });

  it('refuses a wrong password, a disabled account and an account in no group, each with a clear message and no account made', async () => {
    const before = await rows();
    const wrong = await logInThroughForm(server, 'jan.kowal', 'zle-haslo');
    assert.equal(wrong.response.status, 422);
    assert.match(await wrong.response.text(), /Nieprawidłowy login lub hasło/);
    // The disabled account's right password: the same words as a wrong one (nobody learns which accounts exist).
    const disabled = await logInThroughForm(server, 'jan.kowal', 'haslo-jan.kowal');
    assert.equal(disabled.response.status, 422);
    assert.match(await disabled.response.text(), /Nieprawidłowy login lub hasło/);
    const unknown = await logInThroughForm(server, 'nikt.taki', 'cokolwiek');
    assert.equal(unknown.response.status, 422);
    const noGroup = await logInThroughForm(server, 'ola.lis', 'haslo-ola.lis');
    assert.equal(noGroup.response.status, 422);
    assert.match(await noGroup.response.text(), /nie należy do żadnej grupy z dostępem do systemu obsługi klientów/);
    // A filter's special characters in the login are only text to the directory.
    const injected = await logInThroughForm(server, 'anna*', 'haslo-anna.nowak');
    assert.equal(injected.response.status, 422);
    assert.deepEqual(await rows(), before);
    const reasons = (await audit('auth.login_failed')).map((row) => row.details.reason);
    assert.deepEqual(reasons, ['wrong_password', 'inactive', 'unknown_login', 'no_role', 'unknown_login']);
  });

  it('a local account of the same office still logs in beside the directory', async () => {
    const admin = await createStaff(server.db, ['admin']);
    const { response } = await logInThroughForm(server, admin.login, admin.password);
    assert.equal(response.status, 303);
    assert.equal(response.headers.get('location'), '/admin');
  });

  it('with the directory gone: a clear Polish message (503, Retry-After) for directory accounts, while local administrators log in', async () => {
    await ldap.stop();
    const before = await rows();
    const started = performance.now();
    const answer = await logInThroughForm(server, 'anna.nowak', 'haslo-anna.nowak');
    assert.ok(performance.now() - started < 5_000, 'the answer comes without a long wait');
    assert.equal(answer.response.status, 503);
    assert.ok(answer.response.headers.get('retry-after'));
    const html = await answer.response.text();
    assert.match(html, /Nie udało się połączyć z katalogiem urzędu \(LDAP\)/);
    assert.match(html, /Konta lokalne \(np\. administratora\) działają/);
    assert.deepEqual(await rows(), before);
    assert.equal((await audit('auth.login_failed')).at(-1)?.details.reason, 'directory_unreachable');
    const admin = await createStaff(server.db, ['admin']);
    const local = await logInThroughForm(server, admin.login, admin.password);
    assert.equal(local.response.status, 303);
  });
});
