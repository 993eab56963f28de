import { Client, InvalidCredentialsError } from 'ldapts';
import type { DirectoryOutcome, StaffDirectory } from '../app/auth/directory.ts';
import { normaliseDn, type LdapConfig } from './ldap-config.ts';

/** A value made safe inside an LDAP search filter (RFC 4515). */
function escapeValue(value: string): string {
  return value.replace(/[\\*()\0]/g, (c) => `\\${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** A filter of the configuration with `{name}` replaced by an escaped value. */
function fill(filter: string, name: string, value: string): string {
  return filter.split(`{${name}}`).join(escapeValue(value));
}

/** The first value of an entry's attribute as text, or ''. */
function text(value: unknown): string {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : Buffer.isBuffer(first) ? first.toString('utf8') : '';
}

/**
 * The office's directory through `ldapts`, over TLS (ldaps://): a service account finds the person by the
 * login typed (LDAP_USER_FILTER), a bind as the person checks the password (on a connection of its own), the
 * person's entry is matched against LDAP_DISABLED_FILTER, and their groups (LDAP_GROUP_FILTER) give the roles
 * LDAP_ROLE_GROUPS names. Any failure to reach or use the directory is `unreachable`, its cause told to `log`.
 * @example const outcome = await new LdapDirectory(config.ldap).authenticate('jan.kowalski', password); // { kind: 'ok', roles: ['clerk'], … }
 */
export class LdapDirectory implements StaffDirectory {
  constructor(
    private readonly config: LdapConfig,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  private client(): Client {
    return new Client({
      url: this.config.url,
      timeout: this.config.timeoutMs,
      connectTimeout: this.config.timeoutMs,
      tlsOptions: { minVersion: 'TLSv1.2', ...(this.config.ca ? { ca: this.config.ca } : {}) },
    });
  }

  async authenticate(login: string, password: string): Promise<DirectoryOutcome> {
    // An empty password would be an "unauthenticated bind", which LDAP servers answer with success.
    if (password === '') return { kind: 'refused', reason: 'wrong_password' };
    const { config } = this;
    const service = this.client();
    try {
      await service.bind(config.bindDn, config.bindPassword);
      const found = await service.search(config.baseDn, {
        scope: 'sub',
        filter: fill(config.userFilter, 'login', login),
        attributes: ['displayName', 'cn', 'mail'],
      });
      if (found.searchEntries.length !== 1) return { kind: 'refused', reason: 'unknown_login' };
      const entry = found.searchEntries[0]!;
      const person = this.client();
      try {
        await person.bind(entry.dn, password);
      } catch (error) {
        if (error instanceof InvalidCredentialsError) return { kind: 'refused', reason: 'wrong_password' };
        throw error;
      } finally {
        await person.unbind().catch(() => undefined);
      }
      const disabled = await service.search(entry.dn, { scope: 'base', filter: config.disabledFilter, attributes: ['dn'] });
      if (disabled.searchEntries.length > 0) return { kind: 'refused', reason: 'inactive' };
      const groups = await service.search(config.baseDn, {
        scope: 'sub',
        filter: fill(config.groupFilter, 'dn', entry.dn),
        attributes: ['dn'],
      });
      const memberOf = new Set(groups.searchEntries.map((group) => normaliseDn(group.dn)));
      const roles = [...new Set(config.roleGroups.filter((g) => memberOf.has(g.dn)).map((g) => g.role))].sort();
      if (roles.length === 0) return { kind: 'refused', reason: 'no_role' };
      return { kind: 'ok', dn: entry.dn, fullName: text(entry.displayName) || text(entry.cn) || login, email: text(entry.mail), roles };
    } catch (error) {
      this.log(`The directory ${config.url} could not be used: ${error instanceof Error ? error.message : String(error)}`);
      return { kind: 'unreachable' };
    } finally {
      await service.unbind().catch(() => undefined);
    }
  }
}
