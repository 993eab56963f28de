// A page that exists only in tests: the anti-bot field inside a form, served by the real server (its
// CSP, its static files), so a browser can prove the field works with and without JavaScript.
import type { FastifyInstance } from 'fastify';
import {
  antiBotProofFrom,
  consumeAntiBotProof,
  newTextChallengeFor,
  textQuestion,
  type TextQuestion,
} from '../../src/app/anti-bot/index.ts';
import { DomainError } from '../../src/domain/shared/errors.ts';
import { pageContext, sendPage } from '../../src/http/page.ts';
import { AntiBotField, ANTI_BOT_SCRIPT } from '../../src/ui/booking/anti-bot-field.tsx';
import type { PageContext } from '../../src/ui/components/context.ts';
import { Button, ErrorSummary, wordErrors, type FormErrors } from '../../src/ui/components/form.tsx';
import { Layout } from '../../src/ui/components/layout.tsx';

export const ANTI_BOT_TEST_PAGE = '/test/anti-bot';

function FormPage({ ctx, challenge, errors }: { ctx: PageContext; challenge: TextQuestion; errors: FormErrors }) {
  const title = ctx.t('antiBot.legend');
  return (
    <Layout ctx={ctx} title={title} hasErrors={Object.keys(errors).length > 0} scripts={[ANTI_BOT_SCRIPT]}>
      <h1>{title}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="post" action={ANTI_BOT_TEST_PAGE} novalidate>
        <AntiBotField ctx={ctx} challenge={challenge} error={errors.antiBot} />
        <Button>{ctx.t('form.save')}</Button>
      </form>
    </Layout>
  );
}

/** GET shows the form; POST spends the proof and answers 200 "accepted: altcha|text", or 422 with the form again. */
export function antiBotTestRoutes(app: FastifyInstance): void {
  const deps = () => ({ db: app.deps.db, clock: app.deps.clock });
  app.get(ANTI_BOT_TEST_PAGE, async (request, reply) => {
    const ctx = await pageContext(request);
    return sendPage(reply, FormPage({ ctx, challenge: await newTextChallengeFor(deps(), ctx.locale), errors: {} }));
  });
  app.post<{ Body: Record<string, unknown> }>(ANTI_BOT_TEST_PAGE, async (request, reply) => {
    const ctx = await pageContext(request);
    const proof = antiBotProofFrom(request.body);
    try {
      await app.deps.db.transaction().execute((tx) => consumeAntiBotProof(app.deps.db, tx, app.deps.clock.now(), proof));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // The same question while it can still be answered, else a new one.
      const again = proof?.kind === 'text' ? await textQuestion(app.deps.db, proof.id, ctx.locale) : null;
      const challenge = again ?? (await newTextChallengeFor(deps(), ctx.locale));
      return sendPage(reply, FormPage({ ctx, challenge, errors: wordErrors(ctx, error.fields) }), 422);
    }
    return reply.type('text/plain').send(`accepted: ${proof?.kind ?? 'none'}`);
  });
}
