import type { StaffRole } from '../../domain/auth/roles.ts';

/** Why the directory refused a login (a wrong password and an unknown login look the same to the person). */
export type DirectoryRefusal = 'unknown_login' | 'wrong_password' | 'inactive' | 'no_role';

/** What the office's directory says of a login and password. */
export type DirectoryOutcome =
  | { kind: 'ok'; dn: string; fullName: string; email: string; roles: StaffRole[] }
  | { kind: 'refused'; reason: DirectoryRefusal }
  | { kind: 'unreachable' };

/**
 * The office's directory of staff (Active Directory or another LDAP server): checks a password by binding as
 * the person, and tells their roles from their groups (src/ldap/ldap-directory.ts).
 */
export interface StaffDirectory {
  authenticate(login: string, password: string): Promise<DirectoryOutcome>;
}
