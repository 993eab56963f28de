import type { FastifyInstance } from 'fastify';
import { changePassword, PASSWORD_MIN } from '../../../app/auth/index.ts';
import { DomainError } from '../../../domain/shared/errors.ts';
import { wordErrors } from '../../../ui/components/form.tsx';
import { PasswordPage } from '../../../ui/auth/password-page.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole, SESSION_COOKIE } from '../../auth/guards.ts';
import { pageContext, sendPage } from '../../page.ts';

/** /konto/haslo: any logged-in member of staff changes their own password. */
export function accountRoutes(app: FastifyInstance): void {
  app.get<{ Querystring: { zmieniono?: string } }>(
    '/konto/haslo',
    { schema: { hide: true }, preValidation: requireRole() },
    async (request, reply) => {
      const ctx = await pageContext(request);
      const notice = request.query.zmieniono === '1' ? ctx.t('auth.password.changed') : undefined;
      return sendPage(reply, PasswordPage({ ctx, notice, minLength: PASSWORD_MIN }));
    },
  );

  app.post<{ Body: Record<string, unknown> }>(
    '/konto/haslo',
    { schema: { hide: true }, preValidation: requireRole() },
    async (request, reply) => {
      const body = request.body ?? {};
      try {
        await changePassword(await depsOf(request), {
          currentPassword: body.currentPassword,
          newPassword: body.newPassword,
          repeatPassword: body.repeatPassword,
          sessionToken: request.cookies[SESSION_COOKIE] ?? '',
        });
        return await reply.redirect('/konto/haslo?zmieniono=1', 303);
      } catch (error) {
        if (!(error instanceof DomainError) || error.kind !== 'validation') throw error;
        const ctx = await pageContext(request);
        return sendPage(reply, PasswordPage({ ctx, errors: wordErrors(ctx, error.fields), minLength: PASSWORD_MIN }), 422);
      }
    },
  );
}
