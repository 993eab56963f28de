import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { figuresExport, readFigures, visitExport, type ExportFormat, type FiguresViewer } from '../../../app/stats/index.ts';
import { officeDate } from '../../../domain/organisation/index.ts';
import { DomainError } from '../../../domain/shared/errors.ts';
import { readFiguresQuery, type FiguresQuery } from '../../../domain/stats/index.ts';
import { wordErrors } from '../../../ui/components/form.tsx';
import { FiguresPage, STATS_PATH, type FiguresFormValues } from '../../../ui/stats/figures-page.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { pageContext, sendPage } from '../../page.ts';
import { sendFiguresExport, sendVisitExport } from './export.ts';

/** Who sees the figures: unit heads (their unit) and the administrator (all). */
export const FIGURES_ROLES = ['unit_head', 'admin'] as const;

type Query = Record<string, unknown>;

function viewerOf(request: FastifyRequest): FiguresViewer {
  return { staffId: request.staff!.id, roles: request.staff!.roles };
}

function valuesOf(query: Query): FiguresFormValues {
  const text = (name: string) => (typeof query[name] === 'string' ? query[name] : '');
  return { from: text('from'), to: text('to'), by: text('by'), unit: text('unit') };
}

/**
 * Reads the period form; refused, answers 422 with the form and its errors (nothing is read or written) and
 * returns undefined.
 */
async function queryOrRefuse(request: FastifyRequest<{ Querystring: Query }>, reply: FastifyReply): Promise<FiguresQuery | undefined> {
  const deps = await depsOf(request);
  try {
    return readFiguresQuery(request.query, officeDate(deps.clock.now()));
  } catch (error) {
    if (!(error instanceof DomainError) || error.kind !== 'validation') throw error;
    const ctx = await pageContext(request);
    const isAdmin = request.staff!.roles.includes('admin');
    const report = await readFigures(deps, viewerOf(request), readFiguresQuery({}, officeDate(deps.clock.now())));
    await sendPage(
      reply,
      FiguresPage({
        ctx,
        values: valuesOf(request.query),
        errors: wordErrors(ctx, error.fields),
        report: null,
        chooseUnit: isAdmin,
        units: report.units,
      }),
      422,
    );
    return undefined;
  }
}

/** The service figures: the page (a GET form), its CSV and XLSX exports of the table and of every ticket. */
export async function statsArea(app: FastifyInstance): Promise<void> {
  const guard = { preValidation: requireRole(...FIGURES_ROLES), schema: { hide: true } };

  app.get<{ Querystring: Query }>(STATS_PATH, guard, async (request, reply) => {
    const query = await queryOrRefuse(request, reply);
    if (!query) return;
    const report = await readFigures(await depsOf(request), viewerOf(request), query);
    const values = valuesOf(request.query);
    await sendPage(
      reply,
      FiguresPage({
        ctx: await pageContext(request),
        values: { from: values.from || query.from, to: values.to || query.to, by: values.by || query.by, unit: values.unit },
        report,
        chooseUnit: request.staff!.roles.includes('admin'),
        units: report.units,
      }),
    );
  });

  for (const format of ['csv', 'xlsx'] as const satisfies readonly ExportFormat[]) {
    app.get<{ Querystring: Query }>(`${STATS_PATH}/tabela.${format}`, guard, async (request, reply) => {
      const query = await queryOrRefuse(request, reply);
      if (!query) return;
      const report = await figuresExport(await depsOf(request), viewerOf(request), query, format);
      return sendFiguresExport(request, reply, await pageContext(request), format, `${query.from}-${query.to}`, report);
    });
    app.get<{ Querystring: Query }>(`${STATS_PATH}/bilety.${format}`, guard, async (request, reply) => {
      const query = await queryOrRefuse(request, reply);
      if (!query) return;
      const visits = await visitExport(await depsOf(request), viewerOf(request), query, format);
      return sendVisitExport(request, reply, await pageContext(request), format, `${query.from}-${query.to}`, visits);
    });
  }
}
