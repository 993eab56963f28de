import type { FastifyInstance } from 'fastify';
import { accountRoutes } from './account.ts';
import { loginRoutes } from './login.ts';

/** Staff accounts: logging in and out, changing one's password. */
export async function authArea(app: FastifyInstance): Promise<void> {
  loginRoutes(app);
  accountRoutes(app);
}
