import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  addReportUpdate,
  allReportCategories,
  removeCategoryAttribute,
  saveCategoryAttribute,
  saveReportCategory,
  assignReport,
  changeReportStatus,
  hideReport,
  INBOX_LIMIT,
  issueApiKey,
  listApiKeys,
  reportCategories,
  reporterContact,
  reportInbox,
  reportUnits,
  responseTimes,
  revokeApiKey,
  staffReport,
  staffReportPhoto,
  type CategorySummary,
  type InboxFilter,
  type ReporterContact,
} from '../../../app/reports/index.ts';
import type { UseCaseDeps } from '../../../app/shared/index.ts';
import { REPORT_STATUSES, type ReportStatus, type ServiceAttribute } from '../../../domain/reports/index.ts';
import { DomainError, invalid, notFound } from '../../../domain/shared/errors.ts';
import { wordErrors } from '../../../ui/components/form.tsx';
import {
  API_KEYS_PATH,
  ApiKeysPage,
  FIGURES_PATH,
  FiguresPage,
  INBOX_PATH,
  InboxPage,
  StaffReportPage,
  staffReportPath,
} from '../../../ui/reports/staff-pages.tsx';
import {
  AttributePage,
  attributeValues,
  CATEGORIES_PATH,
  CategoriesPage,
  CategoryPage,
  categoryPath,
  categoryValues,
  NEW_ATTRIBUTE,
  type AttributeFormValues,
  type CategoryFormValues,
} from '../../../ui/reports/category-pages.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { statusOf } from '../../errors.ts';
import { formField, formId, formValues, idOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';

type WithId = { Params: { id: string } };

function reportIdOf(request: FastifyRequest<WithId>): number {
  const id = idOf(request.params.id);
  if (id === null) throw notFound('reports.notFound');
  return id;
}

async function sendReport(
  request: FastifyRequest<WithId>,
  reply: FastifyReply,
  options: { contact?: ReporterContact | null; error?: DomainError; saved?: boolean } = {},
): Promise<void> {
  const deps = await depsOf(request, 'contact_centre');
  const report = await staffReport(deps, reportIdOf(request));
  const ctx = await pageContext(request);
  const error = options.error;
  const errors = error
    ? wordErrors(ctx, Object.keys(error.fields).length > 0 ? error.fields : { status: { key: error.key, values: error.values } })
    : {};
  const values = error
    ? (Object.fromEntries(Object.entries(formValues(request.body)).filter(([, v]) => typeof v === 'string')) as Record<string, string>)
    : {};
  await sendPage(
    reply,
    StaffReportPage({
      ctx,
      report,
      units: await reportUnits(deps.db, deps.actor.officeId),
      contact: options.contact ?? null,
      notice: options.saved ? 'saved' : undefined,
      errors,
      values,
      map: request.server.deps.config.map,
    }),
    error ? statusOf(error) : 200,
  );
}

/**
 * The Contact Centre's work on problem reports (`/centrum-kontaktu`, the `contact_centre` role's start
 * page): the inbox with filters, a report's page with its status, assignment, public reply, internal note
 * and hiding, the audited read of the reporter's contact data, and the response-time figures; and the
 * administrator's Open311 keys (`/admin/open311`). Plain forms; each change redirects back (303).
 */
export async function reportsStaffArea(app: FastifyInstance): Promise<void> {
  const guard = { preValidation: requireRole('contact_centre'), schema: { hide: true } };

  app.get(INBOX_PATH, guard, async (request, reply) => {
    const deps = await depsOf(request, 'contact_centre');
    const status = formField(request.query, 'status');
    const filter: InboxFilter = {
      status:
        status === 'active' || (REPORT_STATUSES as readonly string[]).includes(status) ? (status as ReportStatus | 'active') : undefined,
      categoryId: formId(request.query, 'category') ?? undefined,
      unitId: formId(request.query, 'unit') ?? undefined,
    };
    const [rows, categories, units] = await Promise.all([
      reportInbox(deps, filter),
      reportCategories(deps.db, deps.actor.officeId),
      reportUnits(deps.db, deps.actor.officeId),
    ]);
    return sendPage(reply, InboxPage({ ctx: await pageContext(request), rows, filter, categories, units, limit: INBOX_LIMIT }));
  });

  app.get(FIGURES_PATH, guard, async (request, reply) => {
    const figures = await responseTimes(await depsOf(request, 'contact_centre'));
    return sendPage(reply, FiguresPage({ ctx: await pageContext(request), ...figures }));
  });

  app.get<WithId>(`${INBOX_PATH}/zgloszenia/:id`, guard, async (request, reply) =>
    sendReport(request, reply, { saved: formField(request.query, 'zapisano') === '1' }),
  );

  // The photo as stored (re-encoded, without metadata), also when hidden from the public.
  app.get<WithId>(`${INBOX_PATH}/zgloszenia/:id/zdjecie`, guard, async (request, reply) => {
    const photo = await staffReportPhoto(await depsOf(request, 'contact_centre'), reportIdOf(request));
    if (!photo) throw notFound('reports.notFound');
    return reply
      .type(photo.type)
      .header('cache-control', 'private, no-store')
      .header('x-content-type-options', 'nosniff')
      .send(photo.bytes);
  });

  app.post<WithId>(`${INBOX_PATH}/zgloszenia/:id/kontakt`, guard, async (request, reply) => {
    const contact = await reporterContact(await depsOf(request, 'contact_centre'), reportIdOf(request));
    reply.header('cache-control', 'no-store');
    return sendReport(request, reply, { contact });
  });

  // Each change: the use case, then back to the report's page; a refusal shows the page with the error.
  const change = (path: string, run: (request: FastifyRequest<WithId>, reportId: number) => Promise<void>) =>
    app.post<WithId>(`${INBOX_PATH}/zgloszenia/:id/${path}`, guard, async (request, reply) => {
      const reportId = reportIdOf(request);
      try {
        await run(request, reportId);
      } catch (error) {
        if (!(error instanceof DomainError) || (error.kind !== 'validation' && error.kind !== 'conflict')) throw error;
        return sendReport(request, reply, { error });
      }
      return reply.redirect(`${staffReportPath(reportId)}?zapisano=1`, 303);
    });
  change('status', async (request, reportId) =>
    changeReportStatus(await depsOf(request, 'contact_centre'), { reportId, form: formValues(request.body) }),
  );
  change('przypisz', async (request, reportId) =>
    assignReport(await depsOf(request, 'contact_centre'), { reportId, unitId: formId(request.body, 'unitId') }),
  );
  change('odpowiedz', async (request, reportId) =>
    addReportUpdate(await depsOf(request, 'contact_centre'), {
      reportId,
      kind: formField(request.body, 'kind') === 'note' ? 'note' : 'reply',
      body: formField(request.body, 'body'),
    }),
  );
  change('ukryj', async (request, reportId) =>
    hideReport(await depsOf(request, 'contact_centre'), { reportId, hidden: formField(request.body, 'hidden') !== 'no' }),
  );

  categoryRoutes(app, guard);

  const adminGuard = { preValidation: requireRole('admin'), schema: { hide: true } };
  app.get(API_KEYS_PATH, adminGuard, async (request, reply) => {
    const deps = await depsOf(request, 'admin');
    return sendPage(reply, ApiKeysPage({ ctx: await pageContext(request), keys: await listApiKeys(deps.db, deps.actor.officeId) }));
  });
  app.post(API_KEYS_PATH, adminGuard, async (request, reply) => {
    const deps = await depsOf(request, 'admin');
    const ctx = await pageContext(request);
    try {
      const { key } = await issueApiKey(deps, { name: formField(request.body, 'name') });
      reply.header('cache-control', 'no-store');
      return await sendPage(reply, ApiKeysPage({ ctx, keys: await listApiKeys(deps.db, deps.actor.officeId), issued: key }));
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'validation') throw error;
      return sendPage(
        reply,
        ApiKeysPage({ ctx, keys: await listApiKeys(deps.db, deps.actor.officeId), errors: wordErrors(ctx, error.fields) }),
        422,
      );
    }
  });
  app.post<WithId>(`${API_KEYS_PATH}/:id/uniewaznij`, adminGuard, async (request, reply) => {
    const keyId = idOf(request.params.id);
    if (keyId === null) throw notFound();
    await revokeApiKey(await depsOf(request, 'admin'), { keyId });
    return reply.redirect(API_KEYS_PATH, 303);
  });
}

/** What was typed in the category form, to show it again with its errors. */
function typedCategory(body: unknown): CategoryFormValues {
  return {
    code: formField(body, 'code'),
    kind: formField(body, 'kind'),
    namePl: formField(body, 'namePl'),
    nameEn: formField(body, 'nameEn'),
    nameUk: formField(body, 'nameUk'),
    unitId: formField(body, 'unitId'),
    position: formField(body, 'position'),
    active: formField(body, 'active') !== '',
  };
}

/** The category's first unit: none when left empty; anything but an id of ours is a wrong choice, not "none". */
function unitIdOf(body: unknown): number | null {
  const id = formId(body, 'unitId');
  if (id === null && formField(body, 'unitId').trim() !== '') throw invalid({ unitId: { key: 'errors.choice' } });
  return id;
}

/** A category found for a staff page, with the deps its use cases run with. */
type FoundCategory = { deps: UseCaseDeps; category: CategorySummary };

/** The Contact Centre's list of report categories (Open311 services): add one, change one, retire one. */
function categoryRoutes(app: FastifyInstance, guard: { preValidation: ReturnType<typeof requireRole>; schema: { hide: boolean } }): void {
  const refusal = (error: unknown): DomainError => {
    if (!(error instanceof DomainError) || (error.kind !== 'validation' && error.kind !== 'conflict')) throw error;
    return error;
  };
  const savedNotice = (request: FastifyRequest) => (formField(request.query, 'zapisano') === '1' ? ('saved' as const) : undefined);
  // The category of the path, the office's own, or 404.
  const categoryOf = async (request: FastifyRequest<WithId>): Promise<FoundCategory> => {
    const deps = await depsOf(request, 'contact_centre');
    const id = idOf(request.params.id);
    const category = id === null ? undefined : (await allReportCategories(deps)).find((c) => c.id === id);
    if (!category) throw notFound('reports.categories.notFound');
    return { deps, category };
  };

  app.get(CATEGORIES_PATH, guard, async (request, reply) => {
    const deps = await depsOf(request, 'contact_centre');
    const [categories, units] = await Promise.all([allReportCategories(deps), reportUnits(deps.db, deps.actor.officeId)]);
    return sendPage(reply, CategoriesPage({ ctx: await pageContext(request), categories, units, notice: savedNotice(request) }));
  });

  app.post(CATEGORIES_PATH, guard, async (request, reply) => {
    const deps = await depsOf(request, 'contact_centre');
    try {
      await saveReportCategory(deps, { id: null, form: formValues(request.body), unitId: unitIdOf(request.body) });
    } catch (thrown) {
      const error = refusal(thrown);
      const ctx = await pageContext(request);
      const [categories, units] = await Promise.all([allReportCategories(deps), reportUnits(deps.db, deps.actor.officeId)]);
      return sendPage(
        reply,
        CategoriesPage({ ctx, categories, units, values: typedCategory(request.body), errors: wordErrors(ctx, error.fields) }),
        statusOf(error),
      );
    }
    return reply.redirect(`${CATEGORIES_PATH}?zapisano=1`, 303);
  });

  app.get<WithId>(`${CATEGORIES_PATH}/:id`, guard, async (request, reply) => {
    const { deps, category } = await categoryOf(request);
    const units = await reportUnits(deps.db, deps.actor.officeId);
    return sendPage(
      reply,
      CategoryPage({
        ctx: await pageContext(request),
        id: category.id,
        values: categoryValues(category),
        units,
        attributes: category.attributes,
        notice: savedNotice(request),
      }),
    );
  });

  app.post<WithId>(`${CATEGORIES_PATH}/:id`, guard, async (request, reply) => {
    const { deps, category } = await categoryOf(request);
    try {
      await saveReportCategory(deps, { id: category.id, form: formValues(request.body), unitId: unitIdOf(request.body) });
    } catch (thrown) {
      const error = refusal(thrown);
      const ctx = await pageContext(request);
      const units = await reportUnits(deps.db, deps.actor.officeId);
      const values = { ...typedCategory(request.body), code: category.code };
      return sendPage(
        reply,
        CategoryPage({ ctx, id: category.id, values, units, attributes: category.attributes, errors: wordErrors(ctx, error.fields) }),
        statusOf(error),
      );
    }
    return reply.redirect(`${CATEGORIES_PATH}?zapisano=1`, 303);
  });

  attributeRoutes(app, guard, refusal, categoryOf);
}

/** What was typed in the question form, to show it again with its errors. */
function typedAttribute(body: unknown): AttributeFormValues {
  const field = (name: keyof AttributeFormValues) => formField(body, name);
  return {
    code: field('code'),
    datatype: field('datatype'),
    required: field('required') !== '',
    questionPl: field('questionPl'),
    questionEn: field('questionEn'),
    questionUk: field('questionUk'),
    hintPl: field('hintPl'),
    hintEn: field('hintEn'),
    hintUk: field('hintUk'),
    order: field('order'),
    choices: field('choices'),
  };
}

/** The questions a category asks beyond the description (Open311 attributes, asked on the public form too). */
function attributeRoutes(
  app: FastifyInstance,
  guard: { preValidation: ReturnType<typeof requireRole>; schema: { hide: boolean } },
  refusal: (error: unknown) => DomainError,
  categoryOf: (request: FastifyRequest<WithId>) => Promise<FoundCategory>,
): void {
  type WithCode = { Params: { id: string; code: string } };
  const attributeOf = async (request: FastifyRequest<WithCode>) => {
    const { deps, category } = await categoryOf(request);
    const attribute = category.attributes.find((a) => a.code === request.params.code);
    if (!attribute) throw notFound('reports.categories.attributes.notFound');
    return { deps, category, attribute };
  };
  // Adds a question (code null) or changes the one of that code; a refusal shows the form again with what was typed.
  const save = async (request: FastifyRequest, reply: FastifyReply, { deps, category }: FoundCategory, kept: ServiceAttribute | null) => {
    const code = kept?.code ?? null;
    try {
      await saveCategoryAttribute(deps, { categoryId: category.id, replacing: code, form: formValues(request.body) });
    } catch (thrown) {
      const error = refusal(thrown);
      const ctx = await pageContext(request);
      const typed = typedAttribute(request.body);
      return sendPage(
        reply,
        AttributePage({
          ctx,
          category,
          kept,
          values: code === null ? typed : { ...typed, code },
          errors: wordErrors(ctx, error.fields),
        }),
        statusOf(error),
      );
    }
    return reply.redirect(`${categoryPath(category.id)}?zapisano=1`, 303);
  };

  app.get<WithId>(`${CATEGORIES_PATH}/:id/nowe-pytanie`, guard, async (request, reply) => {
    const { category } = await categoryOf(request);
    return sendPage(
      reply,
      AttributePage({
        ctx: await pageContext(request),
        category,
        kept: null,
        values: NEW_ATTRIBUTE,
      }),
    );
  });

  app.post<WithId>(`${CATEGORIES_PATH}/:id/nowe-pytanie`, guard, async (request, reply) =>
    save(request, reply, await categoryOf(request), null),
  );

  app.get<WithCode>(`${CATEGORIES_PATH}/:id/pytania/:code`, guard, async (request, reply) => {
    const { category, attribute } = await attributeOf(request);
    return sendPage(
      reply,
      AttributePage({
        ctx: await pageContext(request),
        category,
        kept: attribute,
        values: attributeValues(attribute),
      }),
    );
  });

  app.post<WithCode>(`${CATEGORIES_PATH}/:id/pytania/:code`, guard, async (request, reply) => {
    const { deps, category, attribute } = await attributeOf(request);
    return save(request, reply, { deps, category }, attribute);
  });

  app.post<WithCode>(`${CATEGORIES_PATH}/:id/pytania/:code/usun`, guard, async (request, reply) => {
    const { deps, category, attribute } = await attributeOf(request);
    await removeCategoryAttribute(deps, { categoryId: category.id, code: attribute.code });
    return reply.redirect(`${categoryPath(category.id)}?zapisano=1`, 303);
  });
}
