import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { antiBotProofFrom, newTextChallengeFor } from '../../../app/anti-bot/index.ts';
import { filePublicComplaint } from '../../../app/complaints/index.ts';
import { asDomainError } from '../../../app/shared/index.ts';
import type { FormValues } from '../../../domain/organisation/form-values.ts';
import { notFound } from '../../../domain/shared/errors.ts';
import { wordErrors, type FormErrors } from '../../../ui/components/form.tsx';
import { PUBLIC_COMPLAINT_PATH } from '../../../ui/complaints/parts.tsx';
import { PublicComplaintDonePage, PublicComplaintPage } from '../../../ui/complaints/public-form.tsx';
import { formatDate } from '../../../ui/i18n/index.ts';
import { depsOf } from '../../auth/actor.ts';
import { checkPublicForm, publicFormToken, type PublicFormCookie } from '../../auth/public-form.ts';
import { statusOf } from '../../errors.ts';
import { formOf, idOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';

/** The public form's double-submit cookie, sent only to its own pages. */
export const COMPLAINT_FORM: PublicFormCookie = { name: 'okienko_skargi', path: PUBLIC_COMPLAINT_PATH };

/** A few complaints a minute per address is plenty for a person and stops a script. */
const COMPLAINT_WRITE_LIMIT = { max: 10, timeWindow: '1 minute' };

// The fields a refused form shows again; never the anti-bot answer.
const KEPT = ['kind', 'subject', 'senderName', 'senderAddress', 'senderEmail'] as const;

/** /skargi-i-wnioski: the residents' form, its anti-bot step the booking's (ALTCHA, or a question in words). */
export function publicComplaintRoutes(app: FastifyInstance): void {
  async function sendForm(request: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FormErrors, status = 200) {
    const ctx = await pageContext(request);
    const challenge = await newTextChallengeFor(await depsOf(request), ctx.locale);
    const formToken = publicFormToken(request, reply, COMPLAINT_FORM, 'lax');
    reply.header('cache-control', 'no-store');
    await sendPage(reply, PublicComplaintPage({ ctx, values, errors, challenge, formToken }), status);
  }

  app.get(PUBLIC_COMPLAINT_PATH, { schema: { hide: true } }, (request, reply) => sendForm(request, reply, {}, {}));

  app.post(PUBLIC_COMPLAINT_PATH, { schema: { hide: true }, config: { rateLimit: COMPLAINT_WRITE_LIMIT } }, async (request, reply) => {
    checkPublicForm(request, COMPLAINT_FORM);
    const form = formOf(request);
    try {
      const filed = await filePublicComplaint(await depsOf(request), form, antiBotProofFrom(request.body));
      const query = new URLSearchParams({ nr: String(filed.id), ...(filed.examinable ? { termin: filed.dueOn } : {}) });
      return await reply.redirect(`${PUBLIC_COMPLAINT_PATH}/przyjeto?${query.toString()}`, 303);
    } catch (error) {
      const domain = asDomainError(error);
      if (!domain || domain.kind !== 'validation') throw error;
      const ctx = await pageContext(request);
      const kept = Object.fromEntries(KEPT.map((name) => [name, form[name] ?? '']));
      return sendForm(request, reply, kept, wordErrors(ctx, domain.fields), statusOf(domain));
    }
  });

  app.get<{ Querystring: { nr?: string; termin?: string } }>(
    `${PUBLIC_COMPLAINT_PATH}/przyjeto`,
    { schema: { hide: true } },
    async (request, reply) => {
      const number = idOf(typeof request.query.nr === 'string' ? request.query.nr : '');
      const termin = typeof request.query.termin === 'string' ? request.query.termin : '';
      if (number === null || (termin !== '' && !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(termin))) throw notFound();
      const ctx = await pageContext(request);
      await sendPage(
        reply,
        PublicComplaintDonePage({ ctx, examinable: termin !== '', number, dueOn: termin === '' ? '' : formatDate(ctx.locale, termin) }),
      );
    },
  );
}
