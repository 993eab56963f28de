import { readFileSync } from 'node:fs';
import { STAFF_ROLES, isStaffRole, type StaffRole } from '../domain/auth/roles.ts';

/** Logging in with the office's directory (Active Directory or any LDAP server), read from `LDAP_*` variables. */
export interface LdapConfig {
  /** `ldaps://` only: the password travels over TLS. */
  url: string;
  /** The service account that looks people up (a read-only account of the directory). */
  bindDn: string;
  bindPassword: string;
  /** Where people and groups are searched. */
  baseDn: string;
  /** Finds a person by the login typed; `{login}` is replaced by it, escaped. */
  userFilter: string;
  /** Finds a person's groups; `{dn}` is replaced by the person's DN, escaped. */
  groupFilter: string;
  /** Matched against the person's own entry: a match means a disabled account. */
  disabledFilter: string;
  /** Each group's DN (lower case, no spaces after commas) and the role it gives. */
  roleGroups: { dn: string; role: StaffRole }[];
  /** PEM certificates trusted for the server's (the office's own CA); none: the system's. */
  ca: string | undefined;
  /** How long a directory may take to answer (connect, bind, search), in milliseconds. */
  timeoutMs: number;
}

export class LdapConfigError extends Error {}

/** A DN compared as the directory does in practice: lower case, no spaces around the separators. */
export function normaliseDn(dn: string): string {
  return dn
    .split(',')
    .map((part) =>
      part
        .split('=')
        .map((side) => side.trim())
        .join('='),
    )
    .join(',')
    .toLowerCase();
}

/**
 * `LDAP_ROLE_GROUPS`: `role=group DN` pairs separated by semicolons (a DN has commas of its own).
 * @example readRoleGroups('admin=CN=Okienko Admins,OU=Groups,DC=urzad,DC=local;clerk=CN=Okienko Clerks,OU=Groups,DC=urzad,DC=local')
 */
function readRoleGroups(raw: string): { dn: string; role: StaffRole }[] {
  const pairs = raw
    .split(';')
    .map((pair) => pair.trim())
    .filter((pair) => pair !== '');
  const found = pairs.map((pair) => {
    const at = pair.indexOf('=');
    const role = pair.slice(0, at).trim();
    const dn = pair.slice(at + 1).trim();
    if (at < 0 || !isStaffRole(role) || !dn.includes('=')) {
      throw new LdapConfigError(
        `LDAP_ROLE_GROUPS must list role=group DN pairs separated by semicolons, such as "clerk=CN=Okienko Clerks,OU=Groups,DC=urzad,DC=local"; the roles are ${STAFF_ROLES.join(', ')} — "${pair}" is not such a pair.`,
      );
    }
    return { role, dn: normaliseDn(dn) };
  });
  if (found.length === 0) throw new LdapConfigError('LDAP_ROLE_GROUPS must give at least one role to a directory group.');
  return found;
}

/**
 * The directory's settings, or undefined when `LDAP_URL` is not set (local accounts only).
 * @example readLdapConfig(process.env) // { url: 'ldaps://dc1.urzad.local', … } or undefined
 */
export function readLdapConfig(env: NodeJS.ProcessEnv): LdapConfig | undefined {
  const url = env.LDAP_URL?.trim();
  if (!url) return undefined;
  if (!/^ldaps:\/\/[^/\s]+\/?$/.test(url)) {
    throw new LdapConfigError(
      `LDAP_URL must be an ldaps:// address such as ldaps://dc1.urzad.local:636 (passwords travel only over TLS), got "${url}".`,
    );
  }
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) throw new LdapConfigError(`${name} must be set when LDAP_URL is.`);
    return value;
  };
  let ca: string | undefined;
  const caFile = env.LDAP_CA_FILE?.trim();
  if (caFile) {
    try {
      ca = readFileSync(caFile, 'utf8');
    } catch {
      throw new LdapConfigError(`LDAP_CA_FILE must name a readable PEM file with the directory's CA certificate, got "${caFile}".`);
    }
  }
  const userFilter = env.LDAP_USER_FILTER?.trim() || '(&(objectClass=user)(sAMAccountName={login}))';
  if (!userFilter.includes('{login}')) throw new LdapConfigError('LDAP_USER_FILTER must contain {login}, such as (uid={login}).');
  const groupFilter = env.LDAP_GROUP_FILTER?.trim() || '(member={dn})';
  if (!groupFilter.includes('{dn}')) throw new LdapConfigError('LDAP_GROUP_FILTER must contain {dn}, such as (member={dn}).');
  const timeout = env.LDAP_TIMEOUT_MS?.trim();
  const timeoutMs = timeout ? Number(timeout) : 5_000;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 100 || timeoutMs > 60_000) {
    throw new LdapConfigError(`LDAP_TIMEOUT_MS must be a whole number of milliseconds from 100 to 60000, got "${timeout}".`);
  }
  return {
    url,
    bindDn: required('LDAP_BIND_DN'),
    bindPassword: required('LDAP_BIND_PASSWORD'),
    baseDn: required('LDAP_BASE_DN'),
    userFilter,
    groupFilter,
    // Active Directory's "account disabled" bit of userAccountControl.
    disabledFilter: env.LDAP_DISABLED_FILTER?.trim() || '(userAccountControl:1.2.840.113556.1.4.803:=2)',
    roleGroups: readRoleGroups(required('LDAP_ROLE_GROUPS')),
    ca,
    timeoutMs,
  };
}
