-- Staff who log in with the office's directory (LDAP): their account is made at the first login and keeps the
-- directory entry's DN; its roles follow the directory's groups at every login. NULL: a local account.
ALTER TABLE staff ADD COLUMN directory_dn text UNIQUE;
