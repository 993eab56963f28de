import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  assignRequest,
  authorisationDetail,
  authorisationEmployees,
  authorisationRegister,
  cancelRequest,
  completeVisit,
  grantAuthorisation,
  homeVisitCounts,
  homeVisitPolicyOf,
  updateHomeVisitPolicy,
  refuseAuthorisation,
  requestAuthorisation,
  requestDetail,
  requestFormChoices,
  requestList,
  revokeAuthorisation,
  scheduleVisit,
  secretaryQueue,
  sendRequest,
  takeRequest,
  type HomeVisitViewer,
  type RegisterFilter,
} from '../../../app/home-visits/index.ts';
import { sendRegisterExport } from './register-export.ts';
import { asDomainError } from '../../../app/shared/index.ts';
import { officeDate } from '../../../domain/organisation/index.ts';
import type { FormValues } from '../../../domain/organisation/form-values.ts';
import { notFound } from '../../../domain/shared/errors.ts';
import { wordErrors } from '../../../ui/components/form.tsx';
import {
  AuthorisationDecisionPage,
  HOME_VISITS_PATH,
  REGISTER_PATH,
  HOME_VISIT_SETTINGS_PATH,
  HomeVisitSettingsPage,
  RegisterPage,
  RequestDetailPage,
  RequestFormPage,
  RequestListPage,
  SECRETARY_PATH,
  SecretaryPage,
  type AuthorisationForm,
  type RequestForm,
} from '../../../ui/home-visits/pages.tsx';
import { createHash } from 'node:crypto';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { statusOf } from '../../errors.ts';
import { formOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';
import { idParam, noticeOf, submitForm } from '../admin/support.ts';
import { authorisationPdf, letterPdf, requestMetadata, requestPdf } from './documents.ts';

/** Who works with requests: the Information Point takes them, the unit head hands them on, the clerk visits. */
export const REQUEST_ROLES = ['information_point', 'unit_head', 'clerk'] as const;

function viewerOf(request: FastifyRequest): HomeVisitViewer {
  return { staffId: request.staff!.id, roles: request.staff!.roles };
}

/** The role whose counts a page shows: the first of the viewer's request roles. */
function mainRole(roles: readonly string[]): string {
  return REQUEST_ROLES.find((r) => roles.includes(r)) ?? 'clerk';
}

/** The register's filters from the query string; anything unknown is ignored. */
function registerFilter(request: FastifyRequest): RegisterFilter {
  const query = request.query as Record<string, string | undefined>;
  const standing = (['valid', 'expired', 'revoked', 'pending'] as const).find((s) => s === query.stan) ?? null;
  const unit = /^\d{1,9}$/.test(query.komorka ?? '') ? Number(query.komorka) : null;
  const year = /^\d{4}$/.test(query.rok ?? '') ? Number(query.rok) : null;
  return { standing, unitId: unit, year };
}

/** Home visits (seed 7.3): requests, the Secretary's authorisations, the register. */
export async function homeVisitsArea(app: FastifyInstance): Promise<void> {
  const requestGuard = { preValidation: requireRole(...REQUEST_ROLES), schema: { hide: true } };
  const pointGuard = { preValidation: requireRole('information_point'), schema: { hide: true } };
  const headGuard = { preValidation: requireRole('unit_head'), schema: { hide: true } };
  const askGuard = { preValidation: requireRole('unit_head', 'clerk'), schema: { hide: true } };
  const clerkGuard = { preValidation: requireRole('clerk'), schema: { hide: true } };
  const secretaryGuard = { preValidation: requireRole('city_secretary'), schema: { hide: true } };
  const registerGuard = { preValidation: requireRole('register_keeper'), schema: { hide: true } };
  const adminGuard = { preValidation: requireRole('admin'), schema: { hide: true } };

  // The administrator's settings: handling days, the expiry warning, the retention of personal data.
  app.get(HOME_VISIT_SETTINGS_PATH, adminGuard, async (request, reply) => {
    const policy = await homeVisitPolicyOf(await depsOf(request));
    await sendPage(reply, HomeVisitSettingsPage({ ctx: await pageContext(request), policy, notice: noticeOf(request) }));
  });
  app.post(HOME_VISIT_SETTINGS_PATH, adminGuard, async (request, reply) => {
    const deps = await depsOf(request);
    const form = formOf(request);
    return submitForm(request, reply, {
      run: async () => {
        await updateHomeVisitPolicy(deps, form);
        return `${HOME_VISIT_SETTINGS_PATH}?zapisano=1`;
      },
      render: async (ctx, errors) => HomeVisitSettingsPage({ ctx, policy: await homeVisitPolicyOf(deps), values: form, errors }),
      field: 'handleWithinDays',
    });
  });

  app.get(HOME_VISITS_PATH, requestGuard, async (request, reply) => {
    const deps = await depsOf(request);
    const viewer = viewerOf(request);
    const [list, counts] = [await requestList(deps, viewer), await homeVisitCounts(deps, viewer)];
    await sendPage(
      reply,
      RequestListPage({
        ctx: await pageContext(request),
        list,
        counts,
        role: mainRole(viewer.roles),
        canTake: viewer.roles.includes('information_point'),
      }),
    );
  });

  app.get(`${HOME_VISITS_PATH}/nowy`, pointGuard, async (request, reply) => {
    const choices = await requestFormChoices(await depsOf(request));
    await sendPage(reply, RequestFormPage({ ctx: await pageContext(request), choices, values: { channel: 'phone' }, errors: {} }));
  });

  app.post(`${HOME_VISITS_PATH}/nowy`, pointGuard, async (request, reply) => {
    const deps = await depsOf(request);
    const form = formOf(request);
    return submitForm(request, reply, {
      run: async () => `${HOME_VISITS_PATH}/${(await takeRequest(deps, request.staff!.id, form)).id}?zapisano=1`,
      render: async (ctx, errors) => RequestFormPage({ ctx, choices: await requestFormChoices(deps), values: form, errors }),
      field: 'applicantName',
    });
  });

  async function detailPage(request: FastifyRequest, extra: { form?: RequestForm; values?: FormValues; errors?: Record<string, string> }) {
    const deps = await depsOf(request);
    const viewer = viewerOf(request);
    const detail = await requestDetail(deps, viewer, idParam(request, 'id'));
    const employees = detail.mayAskAuthorisation ? await authorisationEmployees(deps, viewer) : [];
    return RequestDetailPage({
      ctx: await pageContext(request),
      request: detail,
      employees,
      today: officeDate(deps.clock.now()),
      notice: noticeOf(request),
      ...extra,
    });
  }

  // The documents: the request for EZD (PDF and its metadata), the letter to the resident. Each read is audited.
  app.get(`${HOME_VISITS_PATH}/:id/wniosek.pdf`, requestGuard, async (request, reply) => {
    const detail = await requestDetail(await depsOf(request), viewerOf(request), idParam(request, 'id'), 'document');
    const pdf = await requestPdf(detail);
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="wniosek-wizyta-domowa-${detail.id}.pdf"`)
      .header('cache-control', 'no-store')
      .send(pdf);
  });
  app.get(`${HOME_VISITS_PATH}/:id/wniosek.json`, requestGuard, async (request, reply) => {
    const detail = await requestDetail(await depsOf(request), viewerOf(request), idParam(request, 'id'), 'document');
    const sha256 = createHash('sha256')
      .update(await requestPdf(detail))
      .digest('hex');
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="wniosek-wizyta-domowa-${detail.id}.json"`)
      .header('cache-control', 'no-store')
      .send(JSON.stringify(requestMetadata(detail, sha256), null, 2));
  });
  app.get(`${HOME_VISITS_PATH}/:id/pismo.pdf`, requestGuard, async (request, reply) => {
    const deps = await depsOf(request);
    const detail = await requestDetail(deps, viewerOf(request), idParam(request, 'id'), 'document');
    if (!detail.visits.some((v) => v.status === 'scheduled')) throw notFound();
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="zawiadomienie-wizyta-${detail.id}.pdf"`)
      .header('cache-control', 'no-store')
      .send(await letterPdf(detail, officeDate(deps.clock.now())));
  });

  app.get(`${HOME_VISITS_PATH}/:id`, requestGuard, async (request, reply) => {
    await sendPage(reply, await detailPage(request, {}));
  });

  /** One of the request's forms: back to it on success; refused, the request again with that form's errors. */
  async function requestForm(
    request: FastifyRequest,
    reply: FastifyReply,
    which: RequestForm,
    run: (id: number, form: FormValues) => Promise<void>,
  ) {
    const id = idParam(request, 'id');
    const form = formOf(request);
    try {
      await run(id, form);
    } catch (error) {
      const domain = asDomainError(error);
      if (!domain || (domain.kind !== 'validation' && domain.kind !== 'conflict')) throw error;
      const ctx = await pageContext(request);
      const field = { assign: 'caseSign', authorisation: 'employee', schedule: 'visitOn', complete: 'outcome', cancel: 'reason' }[which];
      const errors = Object.keys(domain.fields).length > 0 ? wordErrors(ctx, domain.fields) : { [field]: ctx.t(domain.key, domain.values) };
      await sendPage(reply, await detailPage(request, { form: which, values: form, errors }), statusOf(domain));
      return;
    }
    await reply.redirect(`${HOME_VISITS_PATH}/${id}?zapisano=1`, 303);
  }

  app.post(`${HOME_VISITS_PATH}/:id/wyslij`, pointGuard, (request, reply) =>
    requestForm(request, reply, 'cancel', async (id) => sendRequest(await depsOf(request), viewerOf(request), id)),
  );
  app.post(`${HOME_VISITS_PATH}/:id/przydziel`, headGuard, (request, reply) =>
    requestForm(request, reply, 'assign', async (id, form) => assignRequest(await depsOf(request), viewerOf(request), id, form)),
  );
  app.post(`${HOME_VISITS_PATH}/:id/upowaznienie`, askGuard, (request, reply) =>
    requestForm(request, reply, 'authorisation', async (id, form) => {
      await requestAuthorisation(await depsOf(request), viewerOf(request), form, id);
    }),
  );
  app.post(`${HOME_VISITS_PATH}/:id/termin`, clerkGuard, (request, reply) =>
    requestForm(request, reply, 'schedule', async (id, form) => scheduleVisit(await depsOf(request), viewerOf(request), id, form)),
  );
  app.post(`${HOME_VISITS_PATH}/:id/wykonana`, clerkGuard, (request, reply) =>
    requestForm(request, reply, 'complete', async (id, form) => completeVisit(await depsOf(request), viewerOf(request), id, form)),
  );
  app.post(`${HOME_VISITS_PATH}/:id/anuluj`, requestGuard, (request, reply) =>
    requestForm(request, reply, 'cancel', async (id, form) => cancelRequest(await depsOf(request), viewerOf(request), id, form)),
  );

  // The City Secretary: the start page is the list of authorisations to decide.
  app.get(SECRETARY_PATH, secretaryGuard, async (request, reply) => {
    const deps = await depsOf(request);
    const { pending, decided } = await secretaryQueue(deps);
    const counts = await homeVisitCounts(deps, viewerOf(request));
    await sendPage(reply, SecretaryPage({ ctx: await pageContext(request), pending, decided, counts, notice: noticeOf(request) }));
  });

  app.get(`${SECRETARY_PATH}/upowaznienia/:id`, secretaryGuard, async (request, reply) => {
    const authorisation = await authorisationDetail(await depsOf(request), idParam(request, 'id'));
    await sendPage(reply, AuthorisationDecisionPage({ ctx: await pageContext(request), authorisation, notice: noticeOf(request) }));
  });

  async function decisionForm(
    request: FastifyRequest,
    reply: FastifyReply,
    which: AuthorisationForm,
    run: (id: number, form: FormValues) => Promise<void>,
  ) {
    const id = idParam(request, 'id');
    const form = formOf(request);
    const deps = await depsOf(request);
    try {
      await run(id, form);
    } catch (error) {
      const domain = asDomainError(error);
      if (!domain || (domain.kind !== 'validation' && domain.kind !== 'conflict')) throw error;
      const ctx = await pageContext(request);
      const errors = Object.keys(domain.fields).length > 0 ? wordErrors(ctx, domain.fields) : { reason: ctx.t(domain.key, domain.values) };
      const authorisation = await authorisationDetail(deps, id);
      await sendPage(reply, AuthorisationDecisionPage({ ctx, authorisation, form: which, values: form, errors }), statusOf(domain));
      return;
    }
    await reply.redirect(`${SECRETARY_PATH}/upowaznienia/${id}?zapisano=1`, 303);
  }

  /** The printable authorisation, for the City Secretary and the register keeper; the read is audited. */
  async function sendAuthorisationPdf(request: FastifyRequest, reply: FastifyReply) {
    const authorisation = await authorisationDetail(await depsOf(request), idParam(request, 'id'), 'document');
    if (authorisation.number === null) throw notFound();
    const ctx = await pageContext(request);
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="upowaznienie-${authorisation.number.replaceAll('.', '-')}.pdf"`)
      .header('cache-control', 'no-store')
      .send(await authorisationPdf(ctx.office.name, authorisation));
  }
  app.get(`${SECRETARY_PATH}/upowaznienia/:id/upowaznienie.pdf`, secretaryGuard, sendAuthorisationPdf);
  app.get(`${REGISTER_PATH}/:id/upowaznienie.pdf`, registerGuard, sendAuthorisationPdf);
  app.get(`${REGISTER_PATH}/eksport.csv`, registerGuard, (request, reply) =>
    sendRegisterExport(request, reply, registerFilter(request), 'csv'),
  );
  app.get(`${REGISTER_PATH}/eksport.xlsx`, registerGuard, (request, reply) =>
    sendRegisterExport(request, reply, registerFilter(request), 'xlsx'),
  );

  app.post(`${SECRETARY_PATH}/upowaznienia/:id/udziel`, secretaryGuard, (request, reply) =>
    decisionForm(request, reply, 'grant', async (id) => {
      await grantAuthorisation(await depsOf(request), id);
    }),
  );
  app.post(`${SECRETARY_PATH}/upowaznienia/:id/odmow`, secretaryGuard, (request, reply) =>
    decisionForm(request, reply, 'refuse', async (id, form) => refuseAuthorisation(await depsOf(request), id, form)),
  );
  app.post(`${SECRETARY_PATH}/upowaznienia/:id/cofnij`, secretaryGuard, (request, reply) =>
    decisionForm(request, reply, 'revoke', async (id, form) => revokeAuthorisation(await depsOf(request), id, form)),
  );

  // The register keeper (BNOiC): the start page is the register.
  app.get(REGISTER_PATH, registerGuard, async (request, reply) => {
    const deps = await depsOf(request);
    const filter = registerFilter(request);
    const register = await authorisationRegister(deps, filter);
    const counts = await homeVisitCounts(deps, viewerOf(request));
    await sendPage(reply, RegisterPage({ ctx: await pageContext(request), register, filter, counts }));
  });
}
