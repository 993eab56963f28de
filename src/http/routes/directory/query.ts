import type { FastifyRequest } from 'fastify';
import { asDomainError } from '../../../app/shared/index.ts';
import type { DirectoryAnswer } from '../../../app/directory/index.ts';
import type { PageContext } from '../../../ui/components/context.ts';
import { wordErrors, type FormErrors } from '../../../ui/components/form.tsx';

/** The `q` of the address: one text (a repeated or missing parameter reads as nothing asked). */
export function queryOf(request: FastifyRequest): string {
  const q = (request.query as Record<string, unknown>).q;
  return typeof q === 'string' ? q : '';
}

/**
 * Runs a directory search for a page: a refused query (too long, control characters) becomes the field's
 * worded error and an empty answer, status 422; anything else goes to the error handler.
 */
export async function answerFor(
  ctx: PageContext,
  query: string,
  search: (query: string) => Promise<DirectoryAnswer>,
): Promise<{ answer: DirectoryAnswer; errors: FormErrors; status: number }> {
  try {
    return { answer: await search(query), errors: {}, status: 200 };
  } catch (error) {
    const domain = asDomainError(error);
    if (domain?.kind !== 'validation') throw error;
    return { answer: { query: '', matters: [] }, errors: wordErrors(ctx, domain.fields), status: 422 };
  }
}
