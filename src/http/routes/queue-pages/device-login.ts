import type { FastifyInstance } from 'fastify';
import { deviceByToken } from '../../../app/devices/index.ts';
import { DeviceLoginPage } from '../../../ui/queue/device-login.tsx';
import { DEVICE_COOKIE } from '../../auth/guards.ts';
import { pageContext, sendPage } from '../../page.ts';
import { formField } from '../../form.ts';

// A kiosk or board stays logged in for a year; revoking the device on /admin/urzadzenia ends it at once.
const DEVICE_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;

/** Where a device starts: the kiosk screen, or its own board. */
export function deviceHome(device: { id: number; kind: 'kiosk' | 'board' | 'printer' | 'feedback' }): string | null {
  if (device.kind === 'kiosk') return '/kiosk';
  if (device.kind === 'board') return `/tablica/${device.id}`;
  if (device.kind === 'feedback') return '/ankieta';
  return null;
}

/**
 * /urzadzenie: the token form of kiosks and boards. No CSRF token here: the form grants only what
 * the typed token already grants, and there is no session yet to hold one.
 */
export function deviceLoginRoutes(app: FastifyInstance): void {
  app.get('/urzadzenie', { schema: { hide: true } }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    return sendPage(reply, DeviceLoginPage({ ctx: await pageContext(request) }));
  });

  app.post<{ Body: Record<string, unknown> | undefined }>(
    '/urzadzenie',
    {
      schema: { hide: true },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const token = formField(request.body, 'token').trim();
      const device = token === '' ? undefined : await deviceByToken(app.deps, { token });
      const home = device ? deviceHome(device) : null;
      if (!home) {
        const ctx = await pageContext(request);
        reply.header('cache-control', 'no-store');
        const key = token === '' ? 'queue.device.tokenMissing' : 'queue.device.tokenWrong';
        return sendPage(reply, DeviceLoginPage({ ctx, errors: { token: ctx.t(key) } }), 422);
      }
      reply.setCookie(DEVICE_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: app.deps.config.secureCookies,
        maxAge: DEVICE_COOKIE_MAX_AGE_S,
      });
      return reply.redirect(home, 303);
    },
  );
}
