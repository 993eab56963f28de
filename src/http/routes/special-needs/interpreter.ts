import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ANTI_BOT_FIELD, antiBotProofFrom, newTextChallengeFor, textQuestion } from '../../../app/anti-bot/index.ts';
import { groundFloorChoices } from '../../../app/special-needs/index.ts';
import {
  answerInterpreterRequest,
  endInterpreterSession,
  interpreterDesk,
  publicInterpreterView,
  readInterpreterRequests,
  requestInterpreter,
  setInterpreterStatus,
  startInterpreterSession,
} from '../../../app/special-needs/index.ts';
import { asDomainError, type UseCaseDeps } from '../../../app/shared/index.ts';
import type { FormValues } from '../../../domain/organisation/form-values.ts';
import { notFound } from '../../../domain/shared/errors.ts';
import { inLanguage } from '../../../domain/shared/translated.ts';
import type { PageContext } from '../../../ui/components/context.ts';
import { wordErrors, type FormErrors } from '../../../ui/components/form.tsx';
import {
  INTERPRETER_PATH,
  INTERPRETER_REQUEST_PATH,
  InterpreterPublicPage,
  InterpreterRequestDonePage,
  InterpreterRequestPage,
} from '../../../ui/special-needs/interpreter-public.tsx';
import { answerFieldPrefix, INTERPRETER_STAFF_PATH, InterpreterStaffPage } from '../../../ui/special-needs/interpreter-staff.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { checkPublicForm, publicFormToken, type PublicFormCookie } from '../../auth/public-form.ts';
import { statusOf } from '../../errors.ts';
import { formOf, idOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';
import { formatDate } from '../../../ui/i18n/index.ts';

/** The request form's double-submit cookie, sent only to its own path. */
export const INTERPRETER_FORM: PublicFormCookie = { name: 'okienko_tlumacz', path: INTERPRETER_REQUEST_PATH };
/** Requests one address may send in 10 minutes: a person sends one, maybe two. */
const REQUEST_LIMIT = { max: 10, timeWindow: '10 minutes' };
const NOTICES = new Set(['status', 'started', 'ended', 'answered']);

async function serviceOptions(deps: UseCaseDeps, ctx: PageContext) {
  const { services } = await groundFloorChoices(deps);
  return services.map((s) => ({ id: s.id, value: String(s.id), label: `${s.letter} — ${inLanguage(s.name, ctx.locale).value}` }));
}

/**
 * The sign-language interpreter (seed 7.2): the public page /tlumacz-migowy with its live availability, the public
 * request for an in-person interpreter /tlumacz-migowy/zamow, and the Information Point's /punkt-informacyjny/tlumacz.
 */
export function interpreterRoutes(app: FastifyInstance): void {
  app.get(INTERPRETER_PATH, { schema: { hide: true } }, async (request, reply) => {
    const ctx = await pageContext(request);
    return sendPage(reply, InterpreterPublicPage({ ctx, view: await publicInterpreterView(await depsOf(request)) }));
  });

  async function requestForm(
    request: FastifyRequest,
    reply: FastifyReply,
    values: FormValues,
    errors: FormErrors,
    status = 200,
    questionId?: string,
  ) {
    const deps = await depsOf(request);
    const ctx = await pageContext(request);
    const again = questionId ? await textQuestion(deps.db, questionId, ctx.locale) : null;
    const challenge = again ?? (await newTextChallengeFor(deps, ctx.locale));
    const [view, services] = await Promise.all([publicInterpreterView(deps), serviceOptions(deps, ctx)]);
    const formToken = publicFormToken(request, reply, INTERPRETER_FORM, 'lax');
    reply.header('cache-control', 'no-store');
    await sendPage(
      reply,
      InterpreterRequestPage({ ctx, earliest: view.earliestInPerson, services, values, errors, formToken, challenge }),
      status,
    );
  }

  app.get(INTERPRETER_REQUEST_PATH, { schema: { hide: true } }, async (request, reply) => requestForm(request, reply, {}, {}));

  app.post(INTERPRETER_REQUEST_PATH, { schema: { hide: true }, config: { rateLimit: REQUEST_LIMIT } }, async (request, reply) => {
    checkPublicForm(request, INTERPRETER_FORM);
    const form = formOf(request);
    const proof = antiBotProofFrom(request.body);
    try {
      await requestInterpreter(await depsOf(request), form, proof, request.locale);
    } catch (error) {
      const refused = asDomainError(error);
      if (!refused || refused.kind !== 'validation') throw error;
      const ctx = await pageContext(request);
      const kept = Object.fromEntries(Object.entries(form).filter(([name]) => !name.startsWith('antiBot')));
      // The earliest day is said as a person reads a date, not as the form's field holds it.
      const fields = { ...refused.fields };
      const earliest = fields.date?.values?.date;
      if (typeof earliest === 'string') fields.date = { key: fields.date!.key, values: { date: formatDate(ctx.locale, earliest) } };
      return requestForm(
        request,
        reply,
        kept,
        wordErrors(ctx, fields),
        statusOf(refused),
        proof?.kind === 'text' && !(ANTI_BOT_FIELD in refused.fields) ? proof.id : undefined,
      );
    }
    return reply.redirect(`${INTERPRETER_REQUEST_PATH}/wyslano`, 303);
  });

  app.get(`${INTERPRETER_REQUEST_PATH}/wyslano`, { schema: { hide: true } }, async (request, reply) =>
    sendPage(reply, InterpreterRequestDonePage({ ctx: await pageContext(request) })),
  );

  const ip = { schema: { hide: true }, preValidation: requireRole('information_point') };

  async function staffPage(request: FastifyRequest, reply: FastifyReply, values: FormValues, errors: FormErrors, status = 200) {
    const deps = await depsOf(request, 'information_point');
    const ctx = await pageContext(request);
    const done = (request.query as Record<string, unknown> | undefined)?.zrobiono;
    const notice = typeof done === 'string' && NOTICES.has(done) ? ctx.t(`interpreter.done.${done}`) : undefined;
    const [desk, services, requests] = await Promise.all([interpreterDesk(deps), serviceOptions(deps, ctx), readInterpreterRequests(deps)]);
    await sendPage(reply, InterpreterStaffPage({ ctx, desk, services, requests, values, errors, notice }), status);
  }

  app.get(INTERPRETER_STAFF_PATH, ip, async (request, reply) => staffPage(request, reply, {}, {}));

  /**
   * A staff form's step: done → back to the page with a notice; a refusal → the page again with the errors. A form
   * repeated per row (`prefix`) gets its values and errors back under the row's prefix, as its fields' ids are.
   */
  async function step(
    request: FastifyRequest,
    reply: FastifyReply,
    done: string,
    run: (deps: UseCaseDeps, form: FormValues) => Promise<unknown>,
    prefix?: string,
  ) {
    const form = formOf(request);
    try {
      await run(await depsOf(request, 'information_point'), form);
    } catch (error) {
      const refused = asDomainError(error);
      if (!refused || refused.kind !== 'validation') throw error;
      const errors = wordErrors(await pageContext(request), refused.fields);
      const under = <T>(record: Readonly<Record<string, T>>): Record<string, T> =>
        prefix === undefined
          ? { ...record }
          : Object.fromEntries(Object.entries(record).map(([key, value]) => [`${prefix}-${key}`, value]));
      return staffPage(request, reply, under(form), under(errors), statusOf(refused));
    }
    return reply.redirect(`${INTERPRETER_STAFF_PATH}?zrobiono=${done}`, 303);
  }
  const idParam = (raw: string): number => {
    const id = idOf(raw);
    if (id === null) throw notFound();
    return id;
  };

  app.post(`${INTERPRETER_STAFF_PATH}/dostepnosc`, ip, (request, reply) => step(request, reply, 'status', setInterpreterStatus));
  app.post(`${INTERPRETER_STAFF_PATH}/sesje`, ip, (request, reply) => step(request, reply, 'started', startInterpreterSession));
  app.post<{ Params: { id: string } }>(`${INTERPRETER_STAFF_PATH}/sesje/:id/koniec`, ip, (request, reply) =>
    step(request, reply, 'ended', (deps, form) => endInterpreterSession(deps, idParam(request.params.id), form)),
  );
  app.post<{ Params: { id: string } }>(`${INTERPRETER_STAFF_PATH}/zgloszenia/:id`, ip, (request, reply) =>
    step(
      request,
      reply,
      'answered',
      (deps, form) => answerInterpreterRequest(deps, idParam(request.params.id), form),
      answerFieldPrefix(idParam(request.params.id)),
    ),
  );
}
