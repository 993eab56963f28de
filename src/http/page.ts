import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { PageContext } from '../ui/components/context.ts';
import { renderPage } from '../ui/render.ts';
import { officeOf } from './office.ts';
import { pageAnnouncements } from './announcements.ts';

/** Everything a page component needs about this request. */
export async function pageContext(request: FastifyRequest): Promise<PageContext> {
  const office = await officeOf(request);
  const ctx: PageContext = {
    t: request.t,
    locale: request.locale,
    path: request.url,
    office: { name: office.name, shortName: office.shortName, isDemo: office.isDemo },
  };
  if (request.staff) {
    ctx.staff = { name: request.staff.fullName, roles: request.staff.roles };
    ctx.csrfToken = request.staff.csrfToken;
  }
  return { ...ctx, ...(await pageAnnouncements(request)) };
}

/** Sends a rendered page; staff pages are never cached. */
export async function sendPage(reply: FastifyReply, page: VNode, status = 200): Promise<void> {
  reply.code(status).type('text/html; charset=utf-8');
  if (reply.request.staff) reply.header('cache-control', 'no-store');
  await reply.send(renderPage(page));
}
