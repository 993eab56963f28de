import type { FastifyInstance } from 'fastify';
import { newAltchaChallenge } from '../../../app/anti-bot/index.ts';
import { ANTI_BOT_CHALLENGE_PATH } from '../../../ui/booking/anti-bot-field.tsx';
import { depsOf } from '../../auth/actor.ts';

/**
 * Challenges one address may fetch a minute. A person needs one per form shown (and one more each time a
 * challenge expires); a script that wants more is made to wait, on top of the work each one costs.
 */
export const CHALLENGES_PER_MINUTE = 60;

/** The proof-of-work challenge for public forms: fresh every time, never cached. */
export function antiBotRoutes(app: FastifyInstance): void {
  app.get(
    ANTI_BOT_CHALLENGE_PATH,
    {
      config: { rateLimit: { max: CHALLENGES_PER_MINUTE, timeWindow: '1 minute' } },
      schema: { hide: true },
    },
    async (request, reply) => {
      const challenge = await newAltchaChallenge(await depsOf(request));
      return reply.header('cache-control', 'no-store').send(challenge);
    },
  );
}
