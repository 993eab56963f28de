import type { FastifyInstance } from 'fastify';
import { checkAuditChain, readAuditFilter, readAuditLog } from '../../../app/audit/index.ts';
import { DomainError } from '../../../domain/shared/errors.ts';
import { wordErrors } from '../../../ui/components/form.tsx';
import { AuditLogPage, type AuditFilterValues } from '../../../ui/admin/audit-log.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { pageContext, sendPage } from '../../page.ts';

type Query = Record<string, unknown>;
const FILTER_FIELDS = ['action', 'actor', 'subjectType', 'subjectId', 'from', 'to'] as const;

function typedValues(query: Query): AuditFilterValues {
  const values = {} as AuditFilterValues;
  for (const name of FILTER_FIELDS) values[name] = typeof query[name] === 'string' ? query[name] : '';
  return values;
}

/** /admin/dziennik: the audit log with filters, and its integrity check. */
export function auditLogRoutes(app: FastifyInstance): void {
  const admin = { schema: { hide: true }, preValidation: requireRole('admin') };

  app.get<{ Querystring: Query }>('/admin/dziennik', admin, async (request, reply) => {
    const values = typedValues(request.query);
    const ctx = await pageContext(request);
    try {
      const filter = readAuditFilter(request.query);
      const { rows, hasNext } = await readAuditLog(await depsOf(request), filter);
      return await sendPage(reply, AuditLogPage({ ctx, values, rows, page: filter.page, hasNext }));
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'validation') throw error;
      return sendPage(reply, AuditLogPage({ ctx, values, rows: [], page: 1, hasNext: false, errors: wordErrors(ctx, error.fields) }), 422);
    }
  });

  // A GET: the check changes nothing but its own audit row, and a person can bookmark it.
  app.get('/admin/dziennik/spojnosc', admin, async (request, reply) => {
    const deps = await depsOf(request);
    const chain = await checkAuditChain(deps);
    const filter = readAuditFilter({});
    const { rows, hasNext } = await readAuditLog(deps, filter);
    const ctx = await pageContext(request);
    return sendPage(reply, AuditLogPage({ ctx, values: typedValues({}), rows, page: 1, hasNext, chain }));
  });
}
