import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  answerAfterBooking,
  answerAtDevice,
  bookingQuestion,
  moderateComment,
  satisfactionOverview,
  type SatisfactionViewer,
} from '../../../app/satisfaction/index.ts';
import { asDomainError } from '../../../app/shared/index.ts';
import { one } from '../../../domain/organisation/form-values.ts';
import { wordErrors, type FormErrors } from '../../../ui/components/form.tsx';
import { FEEDBACK_DEVICE_PATH, FeedbackDevicePage } from '../../../ui/satisfaction/device-page.tsx';
import { BookingQuestionPage, OPINIONS_PATH, OpinionsPage } from '../../../ui/satisfaction/pages.tsx';
import type { QuestionView } from '../../../ui/satisfaction/question.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireDevice, requireRole } from '../../auth/guards.ts';
import { checkPublicForm, publicFormToken } from '../../auth/public-form.ts';
import { statusOf } from '../../errors.ts';
import { formOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';
import { idParam } from '../admin/support.ts';
import { SATISFACTION_FORM } from '../queue-pages/follow.ts';

/** Who reads the answers and moderates comments: the unit head (their unit) and the administrator (all). */
export const OPINION_ROLES = ['unit_head', 'admin'] as const;

const BOOKING_CODE = /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/;

function viewerOf(request: FastifyRequest): SatisfactionViewer {
  return { staffId: request.staff!.id, roles: request.staff!.roles };
}

function tokenOf(request: FastifyRequest): string {
  const t = (request.query as Record<string, unknown>).t;
  return typeof t === 'string' ? t : '';
}

/** A refused answer: the form's field errors, or undefined for a refusal of the whole (already answered…). */
async function fieldErrorsOf(
  error: unknown,
  request: FastifyRequest,
): Promise<{ status: number; errors: FormErrors | undefined } | undefined> {
  const domain = asDomainError(error);
  if (!domain || (domain.kind !== 'validation' && domain.kind !== 'conflict')) return undefined;
  const errors = Object.keys(domain.fields).length > 0 ? wordErrors(await pageContext(request), domain.fields) : undefined;
  return { status: statusOf(domain), errors };
}

/** Satisfaction (issue 18 part 1): the mail's link after a booked visit, the feedback tablet, the unit head's page. */
export async function satisfactionArea(app: FastifyInstance): Promise<void> {
  // --- The link in the mail after a booked visit: /ocena/wizyta/<code>?t=<token>
  async function renderBooking(
    request: FastifyRequest<{ Params: { code: string } }>,
    reply: FastifyReply,
    extra: { values?: QuestionView['values']; errors?: FormErrors; justAnswered?: boolean } = {},
    status = 200,
  ) {
    const { code } = request.params;
    const token = tokenOf(request);
    if (!BOOKING_CODE.test(code)) return reply.callNotFound();
    const state = await bookingQuestion(await depsOf(request), code, token);
    const formToken = state === 'ask' ? publicFormToken(request, reply, SATISFACTION_FORM, 'lax') : '';
    reply.header('cache-control', 'no-store');
    const action = `/ocena/wizyta/${code}?t=${encodeURIComponent(token)}`;
    return sendPage(reply, BookingQuestionPage({ ctx: await pageContext(request), view: { state, action, formToken, ...extra } }), status);
  }

  app.get<{ Params: { code: string } }>(
    '/ocena/wizyta/:code',
    { schema: { hide: true }, config: { rateLimit: { max: 60, timeWindow: '1 minute' } } },
    async (request, reply) => renderBooking(request, reply, { justAnswered: (request.query as Record<string, unknown>).oceniono === '1' }),
  );

  app.post<{ Params: { code: string } }>(
    '/ocena/wizyta/:code',
    { schema: { hide: true }, config: { rateLimit: { max: 20, timeWindow: '1 minute' } } },
    async (request, reply) => {
      checkPublicForm(request, SATISFACTION_FORM);
      const { code } = request.params;
      if (!BOOKING_CODE.test(code)) return reply.callNotFound();
      const form = formOf(request);
      try {
        await answerAfterBooking(await depsOf(request), code, tokenOf(request), form);
      } catch (error) {
        const refused = await fieldErrorsOf(error, request);
        if (!refused) throw error;
        const values = { score: one(form, 'score'), comment: one(form, 'comment') };
        return renderBooking(request, reply, refused.errors ? { values, errors: refused.errors } : {}, refused.status);
      }
      return reply.redirect(`/ocena/wizyta/${code}?t=${encodeURIComponent(tokenOf(request))}&oceniono=1`, 303);
    },
  );

  // --- The feedback tablet by the exit (a kiosk may show it too).
  const deviceGuard = { preValidation: requireDevice('feedback', 'kiosk'), schema: { hide: true } };
  app.get(FEEDBACK_DEVICE_PATH, deviceGuard, async (request, reply) => {
    const answered = (request.query as Record<string, unknown>).dziekujemy === '1';
    reply.header('cache-control', 'no-store');
    const view: QuestionView = { state: answered ? 'answered' : 'ask', action: FEEDBACK_DEVICE_PATH, formToken: '' };
    return sendPage(reply, FeedbackDevicePage({ ctx: await pageContext(request), view }));
  });

  app.post(FEEDBACK_DEVICE_PATH, { ...deviceGuard, config: { rateLimit: { max: 60, timeWindow: '1 minute' } } }, async (request, reply) => {
    const form = formOf(request);
    try {
      await answerAtDevice(await depsOf(request), form);
    } catch (error) {
      const refused = await fieldErrorsOf(error, request);
      if (!refused?.errors) throw error;
      const view: QuestionView = {
        state: 'ask',
        action: FEEDBACK_DEVICE_PATH,
        formToken: '',
        values: { score: one(form, 'score'), comment: one(form, 'comment') },
        errors: refused.errors,
      };
      reply.header('cache-control', 'no-store');
      return sendPage(reply, FeedbackDevicePage({ ctx: await pageContext(request), view, status: 422 }), 422);
    }
    return reply.redirect(`${FEEDBACK_DEVICE_PATH}?dziekujemy=1`, 303);
  });

  // --- The unit head's and the administrator's page: counts per face and the comments to moderate.
  const opinionsGuard = { preValidation: requireRole(...OPINION_ROLES), schema: { hide: true } };
  app.get(OPINIONS_PATH, opinionsGuard, async (request, reply) => {
    const overview = await satisfactionOverview(await depsOf(request), viewerOf(request));
    const notice = (request.query as Record<string, unknown>).zapisano === '1';
    return sendPage(reply, OpinionsPage({ ctx: await pageContext(request), overview, notice }));
  });

  app.post(`${OPINIONS_PATH}/:id/moderacja`, opinionsGuard, async (request, reply) => {
    const id = idParam(request, 'id');
    const deps = await depsOf(request);
    try {
      await moderateComment(deps, viewerOf(request), id, formOf(request));
    } catch (error) {
      const domain = asDomainError(error);
      if (!domain || (domain.kind !== 'validation' && domain.kind !== 'conflict')) throw error;
      const ctx = await pageContext(request);
      const message = Object.values(wordErrors(ctx, domain.fields))[0] ?? ctx.t(domain.key, domain.values);
      const overview = await satisfactionOverview(deps, viewerOf(request));
      return sendPage(reply, OpinionsPage({ ctx, overview, error: message }), statusOf(domain));
    }
    return reply.redirect(`${OPINIONS_PATH}?zapisano=1`, 303);
  });
}
