import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { asDomainError } from '../../../app/shared/index.ts';
import { notFound } from '../../../domain/shared/errors.ts';
import type { PageContext } from '../../../ui/components/context.ts';
import { wordErrors, type FormErrors } from '../../../ui/components/form.tsx';
import type { Notice } from '../../../ui/admin/common.tsx';
import { statusOf } from '../../errors.ts';
import { pageContext, sendPage } from '../../page.ts';

/**
 * A numeric id from the path; anything else is a page that does not exist.
 * @example const id = idParam(request, 'id');
 */
export function idParam(request: FastifyRequest, name: string): number {
  const raw = (request.params as Record<string, string | undefined>)[name] ?? '';
  if (!/^\d{1,9}$/.test(raw)) throw notFound();
  return Number(raw);
}

/** The success notice a redirect after a POST asked for (`?zapisano=1`, `?usunieto=1`). */
export function noticeOf(request: FastifyRequest): Notice | undefined {
  const query = request.query as Record<string, string | undefined>;
  if (query.zapisano === '1') return 'saved';
  if (query.usunieto === '1') return 'deleted';
  return undefined;
}

interface SubmitOptions {
  /** Runs the use case; returns where to go next (Post/Redirect/Get). */
  run: () => Promise<string>;
  /** The form again, with the worded errors and the values as sent. */
  render: (ctx: PageContext, errors: FormErrors) => Promise<VNode> | VNode;
  /** The field an error without a field of its own is shown against. */
  field: string;
}

/**
 * Runs a form's use case: 303 to the next page on success; on bad input or a conflict the same form again
 * with the GOV.UK error summary, status 422 (or 409 for a clash with saved data).
 * @example return submitForm(request, reply, { run: async () => { await createBuilding(deps, form); return '/admin/budynki?zapisano=1'; }, render: (ctx, errors) => <BuildingFormPage ... />, field: 'name' });
 */
export async function submitForm(request: FastifyRequest, reply: FastifyReply, options: SubmitOptions): Promise<void> {
  let location: string;
  try {
    location = await options.run();
  } catch (error) {
    const domain = asDomainError(error);
    if (!domain || (domain.kind !== 'validation' && domain.kind !== 'conflict')) throw error;
    const ctx = await pageContext(request);
    const errors =
      Object.keys(domain.fields).length > 0 ? wordErrors(ctx, domain.fields) : { [options.field]: ctx.t(domain.key, domain.values) };
    await sendPage(reply, await options.render(ctx, errors), statusOf(domain));
    return;
  }
  await reply.redirect(location, 303);
}
