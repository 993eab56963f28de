import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { antiBotProofFrom, newTextChallengeFor, textQuestion } from '../../../app/anti-bot/index.ts';
import {
  confirmReportByLink,
  fileReport,
  parseReportCode,
  publicReport,
  reportCategories,
  reportPhoto,
  type ReportCategory,
} from '../../../app/reports/index.ts';
import { attributeField, type ServiceAttribute } from '../../../domain/reports/index.ts';
import { instantOf } from '../../../domain/organisation/office-time.ts';
import { DomainError, type FieldError } from '../../../domain/shared/errors.ts';
import { wordErrors } from '../../../ui/components/form.tsx';
import { ATTRIBUTE_FORM_PREFIX, attributeFormField, type AttributeFormAnswers } from '../../../ui/reports/attribute-fields.tsx';
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
import { formField, formValues } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';

/** The files a multipart post carried (filled by the area's multipart parser, read by the form's route). */
export const photoUploads = new WeakMap<FastifyRequest, { files: Buffer[]; tooLarge: boolean }>();

/** The form's double-submit cookie. */
export const REPORT_FORM: PublicFormCookie = { name: 'okienko_zgloszenie', path: REPORT_FORM_PATH };
/** Reports one address may send a minute: plenty for a person, a wall for a script. */
export const REPORT_WRITE_LIMIT = { max: 20, timeWindow: '1 minute', groupId: 'report-write' };
/** Report pages one address may open a minute (codes cannot be tried in bulk). */
export const REPORT_READ_LIMIT = { max: 120, timeWindow: '1 minute', groupId: 'report-read' };

const EMPTY: ReportFormValues = { category: '', description: '', address: '', lat: '', long: '', link: '', email: '', answers: {} };

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
    answers: Object.fromEntries(
      Object.entries(formValues(body)).filter(
        (entry): entry is [string, string | readonly string[]] => entry[0].startsWith(ATTRIBUTE_FORM_PREFIX) && entry[1] !== undefined,
      ),
    ),
  };
}

/** A date and time as the form takes it ('2026-12-04 09:30', or a browser's '2026-12-04T09:30'), office time. */
const FORM_DATETIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})$/;

/**
 * The chosen category's answers as an Open311 client posts them (`attribute[pole]`, `attribute[kind][]`), for
 * the one use case both share; a date and time in office time becomes an instant with its zone. Answers
 * to other categories' questions (all are on the page without JavaScript) are left out.
 */
function postedAnswers(attributes: readonly ServiceAttribute[], category: string, answers: AttributeFormAnswers): Record<string, unknown> {
  const posted: Record<string, unknown> = {};
  for (const attribute of attributes) {
    const value = answers[attributeFormField(category, attribute.code)];
    if (value === undefined) continue;
    if (typeof value !== 'string') {
      posted[`${attributeField(attribute.code)}[]`] = value;
      continue;
    }
    const at = attribute.datatype === 'datetime' ? FORM_DATETIME.exec(value.trim()) : null;
    posted[attributeField(attribute.code)] = at ? instantOf(at[1]!, at[2]!).toISOString() : value;
  }
  return posted;
}

/** The use case's errors under the form's own field names, a date's in the form's own words. */
function formErrorsOf(error: DomainError, category: string, attributes: readonly ServiceAttribute[]): Record<string, FieldError> {
  const fields: Record<string, FieldError> = {};
  for (const [name, fieldError] of Object.entries(error.fields)) {
    const attribute = attributes.find((a) => attributeField(a.code) === name);
    if (!attribute) fields[name] = fieldError;
    else
      fields[attributeFormField(category, attribute.code)] =
        fieldError.key === 'reports.attributes.datetime' ? { key: 'reports.form.attributes.datetime' } : fieldError;
  }
  return fields;
}

/** The questions of the category chosen on the form (none when it is not one of the list). */
function attributesOf(categories: readonly ReportCategory[], code: string): readonly ServiceAttribute[] {
  return categories.find((c) => c.code === code)?.attributes ?? [];
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
      errors: error
        ? wordErrors(
            ctx,
            Object.keys(error.fields).length > 0
              ? formErrorsOf(error, values.category, attributesOf(categories, values.category))
              : { description: { key: error.key } },
          )
        : {},
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
      const attributes = attributesOf(await reportCategories(deps.db, deps.actor.officeId), values.category);
      const posted = postedAnswers(attributes, values.category, values.answers);
      const filed = await fileReport(deps, { report: values, locale: request.locale, source: { kind: 'form', proof }, photo, posted });
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
