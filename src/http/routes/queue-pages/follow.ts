import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ticketView } from '../../../app/queue/index.ts';
import { answerAfterTicket, ticketQuestion } from '../../../app/satisfaction/index.ts';
import { asDomainError } from '../../../app/shared/index.ts';
import { one } from '../../../domain/organisation/form-values.ts';
import { wordErrors, type FormErrors } from '../../../ui/components/form.tsx';
import { FollowPage } from '../../../ui/queue/follow-page.tsx';
import type { QuestionView } from '../../../ui/satisfaction/question.tsx';
import { depsOf } from '../../auth/actor.ts';
import { checkPublicForm, publicFormToken } from '../../auth/public-form.ts';
import { statusOf } from '../../errors.ts';
import { formOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';
import { CodeParams } from '../queue-api/schema.ts';
import { followView } from './presenters.ts';

/** The satisfaction question's double-submit cookie (the follow page and the mail's link post it). */
export const SATISFACTION_FORM = { name: 'okienko_ocena', path: '/' } as const;

async function renderFollow(
  app: FastifyInstance,
  request: FastifyRequest<{ Params: { code: string } }>,
  reply: FastifyReply,
  question: { values?: QuestionView['values']; errors?: FormErrors; justAnswered?: boolean } = {},
  status = 200,
): Promise<void> {
  const { code } = request.params;
  const ticket = await ticketView(app.deps, code);
  const view = followView(request, ticket);
  const state = await ticketQuestion(app.deps, ticket.status.ticketId);
  const formToken = state === 'ask' ? publicFormToken(request, reply, SATISFACTION_FORM, 'lax') : '';
  // The status changes by the minute: a phone's back button must not show an old one.
  reply.header('cache-control', 'no-store');
  const page = FollowPage({
    ctx: await pageContext(request),
    code,
    view,
    question: { state, action: `/bilet/${code}/ocena`, formToken, ...question },
  });
  return sendPage(reply, page, status);
}

/** /bilet/<code>: the public follow page of one ticket (no login, nothing personal); 404 for an unknown code. */
export function followPageRoutes(app: FastifyInstance): void {
  app.get<{ Params: { code: string } }>(
    '/bilet/:code',
    {
      schema: { hide: true, params: CodeParams },
      config: { rateLimit: { max: 120, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const justAnswered = (request.query as Record<string, string | undefined>).oceniono === '1';
      return renderFollow(app, request, reply, { justAnswered });
    },
  );

  // The question after a finished visit (issue 18): one answer per ticket, a plain form post.
  app.post<{ Params: { code: string } }>(
    '/bilet/:code/ocena',
    {
      schema: { hide: true, params: CodeParams },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      checkPublicForm(request, SATISFACTION_FORM);
      const form = formOf(request);
      try {
        await answerAfterTicket(await depsOf(request), request.params.code, form);
      } catch (error) {
        const domain = asDomainError(error);
        if (!domain || (domain.kind !== 'validation' && domain.kind !== 'conflict')) throw error;
        const errors = Object.keys(domain.fields).length > 0 ? wordErrors(await pageContext(request), domain.fields) : undefined;
        if (!errors) {
          // Already answered, or the visit is not finished: the page says so in its own words.
          return renderFollow(app, request, reply, {}, statusOf(domain));
        }
        return renderFollow(app, request, reply, { values: { score: one(form, 'score'), comment: one(form, 'comment') }, errors }, 422);
      }
      return reply.redirect(`/bilet/${request.params.code}?oceniono=1#ocena-tytul`, 303);
    },
  );
}
