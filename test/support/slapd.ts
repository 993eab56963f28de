// A real OpenLDAP server (Debian's slapd) for the directory login tests: its own folder, slapd.conf, a TLS
// certificate made with openssl, and ldaps:// on a free loopback port.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';

export interface Slapd {
  url: string;
  /** The server's certificate (PEM file), to be trusted as LDAP_CA_FILE. */
  caFile: string;
  suffix: string;
  /** Stops the server (SIGKILL: as a directory that went away). */
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed: ${result.error?.message ?? result.stderr}`);
  }
}

/** Finds slapd where Debian puts it; throws with what to install when it is missing. */
function slapdBinary(): string {
  for (const candidate of ['/usr/sbin/slapd', '/usr/local/libexec/slapd']) {
    if (spawnSync(candidate, ['-VV'], { encoding: 'utf8' }).error === undefined) return candidate;
  }
  throw new Error('OpenLDAP is needed for this test: apt-get install slapd ldap-utils');
}

/**
 * Starts slapd with `ldif` (entries under `suffix`) loaded by slapadd. Anyone bound may read; passwords only
 * serve binds.
 * @example const ldap = await startSlapd('dc=urzad,dc=test', entries); … await ldap.stop();
 */
export async function startSlapd(suffix: string, ldif: string): Promise<Slapd> {
  const slapd = slapdBinary();
  const folder = mkdtempSync(path.join(os.tmpdir(), 'okienko-slapd-'));
  const db = path.join(folder, 'db');
  mkdirSync(db);
  const key = path.join(folder, 'key.pem');
  const cert = path.join(folder, 'cert.pem');
  run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    key,
    '-out',
    cert,
    '-days',
    '1',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
  ]);
  const conf = path.join(folder, 'slapd.conf');
  writeFileSync(
    conf,
    [
      'include /etc/ldap/schema/core.schema',
      'include /etc/ldap/schema/cosine.schema',
      'include /etc/ldap/schema/inetorgperson.schema',
      'modulepath /usr/lib/ldap',
      'moduleload back_mdb',
      `pidfile ${path.join(folder, 'slapd.pid')}`,
      `TLSCertificateFile ${cert}`,
      `TLSCertificateKeyFile ${key}`,
      'database mdb',
      `suffix "${suffix}"`,
      `rootdn "cn=admin,${suffix}"`,
      'rootpw not-used-by-the-tests',
      `directory ${db}`,
      'access to attrs=userPassword by anonymous auth by * none',
      'access to * by users read by anonymous auth',
      '',
    ].join('\n'),
  );
  const data = path.join(folder, 'data.ldif');
  writeFileSync(data, ldif);
  run('/usr/sbin/slapadd', ['-f', conf, '-l', data]);
  const port = await freePort();
  const url = `ldaps://127.0.0.1:${port}`;
  // In the foreground (-d): the test owns the process. As root it stays root (no -u/-g): the folder is ours.
  const child: ChildProcess = spawn(slapd, ['-f', conf, '-h', `${url}/`, '-d', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const deadline = Date.now() + 10_000;
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = tls.connect({ host: '127.0.0.1', port, rejectUnauthorized: false }, () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (up) break;
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`slapd did not start: ${errors}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    caFile: cert,
    suffix,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
      }
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
