import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyServerOptions, type RouteOptions } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import helmet from 'helmet';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { registerMetrics } from './metrics.ts';
import { packageRoot } from '../package-root.ts';
import { DomainError } from '../domain/shared/errors.ts';
import { addressErrors, connectionErrors, errorBody, pageErrors, simpleErrorPage } from './errors.ts';
import { registerIdentity } from './auth/guards.ts';
import { registerLocale } from './locale.ts';
import { registerAreas } from './routes/index.ts';
import { useInputRules } from './input.ts';
import type { ServerDeps } from './types.ts';

/** Logs carry the route and status, never query strings, bodies or headers: those may hold personal data. */
function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    serializers: {
      req: (req: { method: string; url: string; routeOptions?: { url?: string } }) => ({
        method: req.method,
        route: req.routeOptions?.url ?? req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  };
}

/**
 * Builds the HTTP server with every route; does not listen.
 * @example const app = await buildServer({ db, config, clock: systemClock }); await app.listen({ port: 3000 });
 */
export async function buildServer(
  deps: ServerDeps,
  options: { logLevel?: string; onRoute?: (route: RouteOptions) => void } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logLevel ?? deps.config.logLevel),
    trustProxy: process.env.TRUST_PROXY === '1',
    bodyLimit: 256 * 1024,
    frameworkErrors: addressErrors,
    clientErrorHandler: connectionErrors,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('deps', deps);
  registerMetrics(app);
  // Lets a test list every route (the access walk): the hook must be in place before any route registers.
  const { onRoute } = options;
  if (onRoute)
    app.addHook('onRoute', (route) => {
      onRoute(route);
    });
  // Pages answer errors with a worded page; each JSON API area sets its own handler (routes/<area>/index.ts).
  app.setErrorHandler(pageErrors);
  useInputRules(app);

  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 256 * 1024 });
  // Security headers from `helmet`, its middleware built once: the Fastify wrapper builds it again on every
  // request (a tenth of a millisecond each, measured on the kiosk's busiest path).
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // The report form's map tiles (MAP_TILE_URL), as images only: scripts and styles stay our own.
        imgSrc: ["'self'", 'data:', ...(deps.config.map ? [deps.config.map.tileOrigin] : [])],
        mediaSrc: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(deps.config.secureCookies ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: deps.config.secureCookies,
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error) => done(error as Error | undefined));
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Okienko API', version: '0.1.0', description: 'JSON APIs of Okienko: queue, booking, devices.' },
    },
    transform: ({ schema, url }) => ({ schema: url.startsWith('/api/') ? schema : { ...(schema as object), hide: true }, url }),
  });

  const root = packageRoot();
  await app.register(fastifyStatic, { root: path.join(root, 'src', 'ui', 'static'), prefix: '/static/', maxAge: '1h', index: false });
  await app.register(fastifyStatic, {
    root: path.join(root, 'dist', 'public', 'js'),
    prefix: '/static/js/',
    decorateReply: false,
    maxAge: '1h',
    index: false,
  });

  registerLocale(app);
  registerIdentity(app);

  // An address no area owns: our JSON APIs live under /api/, everything else is a page.
  app.setNotFoundHandler(async (request, reply) => {
    reply.code(404);
    const notFound = new DomainError('not_found', 'errors.notFound');
    if (request.url.startsWith('/api/')) return errorBody(request, notFound);
    return reply.type('text/html; charset=utf-8').send(simpleErrorPage(request, request.t(notFound.key)));
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await registerAreas(app);
  return app;
}
