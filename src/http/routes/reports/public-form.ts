import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { antiBotProofFrom, newTextChallengeFor, textQuestion } from '../../../app/anti-bot/index.ts';
import {
  confirmReportByLink,
  fileReport,
  parseReportCode,
  publicReport,
  reportCategories,
  reportPhoto,
} from '../../../app/reports/index.ts';
import { DomainError } from '../../../domain/shared/errors.ts';
import { wordErrors } from '../../../ui/components/form.tsx';
import {
  REPORT_FORM_PATH,
  ReportFollowPage,
  ReportFormPage,
  ReportSentPage,
  type ReportFormValues,
} from '../../../ui/reports/public-pages.tsx';
import { depsOf } from '../../auth/actor.ts';
import { checkPublicForm, publicFormToken, type PublicFormCookie } from '../../auth/public-form.ts';
import { statusOf } from '../../errors.ts';
import { formField } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';

/** The files a multipart post carried (filled by the area's multipart parser, read by the form's route). */
export const photoUploads = new WeakMap<FastifyRequest, { files: Buffer[]; tooLarge: boolean }>();

/** The form's double-submit cookie. */
export const REPORT_FORM: PublicFormCookie = { name: 'okienko_zgloszenie', path: REPORT_FORM_PATH };
/** Reports one address may send a minute: plenty for a person, a wall for a script. */
export const REPORT_WRITE_LIMIT = { max: 20, timeWindow: '1 minute', groupId: 'report-write' };
/** Report pages one address may open a minute (codes cannot be tried in bulk). */
export const REPORT_READ_LIMIT = { max: 120, timeWindow: '1 minute', groupId: 'report-read' };

const EMPTY: ReportFormValues = { category: '', description: '', address: '', lat: '', long: '', link: '', email: '' };

function valuesOf(body: unknown): ReportFormValues {
  const field = (name: keyof ReportFormValues) => formField(body, name);
  return {
    category: field('category'),
    description: field('description'),
    address: field('address'),
    lat: field('lat'),
    long: field('long'),
    link: field('link'),
    email: field('email'),
  };
}

/** The page the footer's link came from, as a full address of this site (only a path of ours is taken). */
function linkFrom(request: FastifyRequest): string {
  const from = formField(request.query, 'strona');
  if (!/^\/[A-Za-z0-9/_.~%-]{0,300}$/.test(from) || from.startsWith('//')) return '';
  return `${request.server.deps.config.publicUrl.replace(/\/$/, '')}${from}`;
}

async function sendForm(
  request: FastifyRequest,
  reply: FastifyReply,
  values: ReportFormValues,
  error?: DomainError,
  questionId?: string | null,
): Promise<void> {
  const ctx = await pageContext(request);
  const deps = await depsOf(request);
  const again = questionId ? await textQuestion(deps.db, questionId, ctx.locale) : null;
  const challenge = again ?? (await newTextChallengeFor(deps, ctx.locale));
  const categories = await reportCategories(deps.db, deps.actor.officeId);
  reply.header('cache-control', 'no-store');
  await sendPage(
    reply,
    ReportFormPage({
      ctx,
      categories,
      values,
      challenge,
      formToken: publicFormToken(request, reply, REPORT_FORM),
      errors: error ? wordErrors(ctx, Object.keys(error.fields).length > 0 ? error.fields : { description: { key: error.key } }) : {},
      photos: true,
      map: request.server.deps.config.map,
    }),
    error ? statusOf(error) : 200,
  );
}

/** The public side: the form, the page after sending, a report's page, its confirmation link and photo. */
export function publicReportRoutes(app: FastifyInstance): void {
  app.get(REPORT_FORM_PATH, { schema: { hide: true } }, async (request, reply) =>
    sendForm(request, reply, { ...EMPTY, link: linkFrom(request) }),
  );

  app.post(REPORT_FORM_PATH, { schema: { hide: true }, config: { rateLimit: REPORT_WRITE_LIMIT } }, async (request, reply) => {
    checkPublicForm(request, REPORT_FORM);
    const deps = await depsOf(request);
    const values = valuesOf(request.body);
    const proof = antiBotProofFrom(request.body);
    try {
      const photo = photoUploads.get(request) ?? null;
      const filed = await fileReport(deps, { report: values, locale: request.locale, source: { kind: 'form', proof }, photo });
      const query = new URLSearchParams({ kod: filed.code, ...(filed.status === 'unconfirmed' ? { potwierdz: '1' } : {}) });
      return await reply.redirect(`${REPORT_FORM_PATH}/wyslano?${query.toString()}`, 303);
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'validation') throw error;
      return sendForm(request, reply, values, error, proof?.kind === 'text' ? proof.id : null);
    }
  });

  app.get(`${REPORT_FORM_PATH}/wyslano`, { schema: { hide: true } }, async (request, reply) => {
    const code = parseReportCode(formField(request.query, 'kod'));
    if (!code) throw new DomainError('not_found', 'reports.notFound');
    const ctx = await pageContext(request);
    return sendPage(reply, ReportSentPage({ ctx, code, unconfirmed: formField(request.query, 'potwierdz') === '1' }));
  });

  app.get<{ Params: { code: string } }>(
    '/zgloszenia/:code',
    { schema: { hide: true }, config: { rateLimit: REPORT_READ_LIMIT } },
    async (request, reply) => {
      const code = parseReportCode(request.params.code);
      if (!code) throw new DomainError('not_found', 'reports.notFound');
      const deps = await depsOf(request);
      const { report, replies } = await publicReport(deps.db, deps.actor.officeId, code);
      return sendPage(reply, ReportFollowPage({ ctx: await pageContext(request), report, replies, map: request.server.deps.config.map }));
    },
  );

  app.get<{ Params: { code: string } }>(
    '/zgloszenia/:code/potwierdz',
    { schema: { hide: true }, config: { rateLimit: REPORT_READ_LIMIT } },
    async (request, reply) => {
      const code = parseReportCode(request.params.code);
      if (!code) throw new DomainError('not_found', 'reports.notFound');
      const deps = await depsOf(request);
      const { confirmed } = await confirmReportByLink(deps, { code, token: formField(request.query, 't') });
      const ctx = await pageContext(request);
      const { report, replies } = await publicReport(deps.db, deps.actor.officeId, code);
      reply.header('cache-control', 'no-store');
      return sendPage(
        reply,
        ReportFollowPage({
          ctx,
          report,
          replies,
          map: request.server.deps.config.map,
          notice: ctx.t(confirmed ? 'reports.confirm.done' : 'reports.confirm.already'),
        }),
      );
    },
  );

  app.get<{ Params: { code: string } }>(
    '/zgloszenia/:code/zdjecie',
    { schema: { hide: true }, config: { rateLimit: REPORT_READ_LIMIT } },
    async (request, reply) => {
      const code = parseReportCode(request.params.code);
      const deps = await depsOf(request);
      const photo = code ? await reportPhoto(deps.db, deps.actor.officeId, code) : null;
      if (!photo) throw new DomainError('not_found', 'reports.notFound');
      return reply
        .type(photo.type)
        .header('cache-control', 'public, max-age=300')
        .header('x-content-type-options', 'nosniff')
        .send(photo.bytes);
    },
  );
}
