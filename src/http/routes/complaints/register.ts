import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  complaintEntry,
  complaintPolicyOf,
  complaintRegister,
  complaintUnits,
  recordComplaintReply,
  recordDelayNotice,
  registerComplaint,
  updateComplaintHandling,
  updateComplaintPolicy,
} from '../../../app/complaints/index.ts';
import { asDomainError } from '../../../app/shared/index.ts';
import type { FormValues } from '../../../domain/organisation/form-values.ts';
import { wordErrors } from '../../../ui/components/form.tsx';
import { ComplaintEntryPage, type ComplaintForm } from '../../../ui/complaints/entry.tsx';
import { REGISTER_PATH } from '../../../ui/complaints/parts.tsx';
import { ComplaintFormPage, ComplaintRegisterPage, ComplaintSettingsPage } from '../../../ui/complaints/register.tsx';
import { depsOf } from '../../auth/actor.ts';
import { requireRole } from '../../auth/guards.ts';
import { statusOf } from '../../errors.ts';
import { formOf } from '../../form.ts';
import { pageContext, sendPage } from '../../page.ts';
import { idParam, noticeOf, submitForm } from '../admin/support.ts';
import { sendComplaintExport } from './export.ts';

/** The register's keepers: the Contact Centre and the administrators. */
export const REGISTER_ROLES = ['contact_centre', 'admin'] as const;

/**
 * /skargi: the register of complaints and requests. Every page that shows a sender is read through a use case
 * that audits the read; exports stream.
 */
export function registerRoutes(app: FastifyInstance): void {
  const guard = { preValidation: requireRole(...REGISTER_ROLES), schema: { hide: true } };

  app.get(REGISTER_PATH, guard, async (request, reply) => {
    const register = await complaintRegister(await depsOf(request));
    await sendPage(reply, ComplaintRegisterPage({ ctx: await pageContext(request), register, notice: noticeOf(request) }));
  });

  app.get(`${REGISTER_PATH}/nowa`, guard, async (request, reply) => {
    const units = await complaintUnits(await depsOf(request));
    await sendPage(reply, ComplaintFormPage({ ctx: await pageContext(request), units, values: { channel: 'letter' }, errors: {} }));
  });

  app.post(`${REGISTER_PATH}/nowa`, guard, async (request, reply) => {
    const deps = await depsOf(request);
    const form = formOf(request);
    return submitForm(request, reply, {
      run: async () => `${REGISTER_PATH}/${(await registerComplaint(deps, form)).id}?zapisano=1`,
      render: async (ctx, errors) => ComplaintFormPage({ ctx, units: await complaintUnits(deps), values: form, errors }),
      field: 'subject',
    });
  });

  app.get(`${REGISTER_PATH}/ustawienia`, guard, async (request, reply) => {
    const policy = await complaintPolicyOf(await depsOf(request));
    await sendPage(reply, ComplaintSettingsPage({ ctx: await pageContext(request), policy, notice: noticeOf(request) }));
  });

  app.post(`${REGISTER_PATH}/ustawienia`, guard, async (request, reply) => {
    const deps = await depsOf(request);
    const form = formOf(request);
    return submitForm(request, reply, {
      run: async () => {
        await updateComplaintPolicy(deps, form);
        return `${REGISTER_PATH}/ustawienia?zapisano=1`;
      },
      render: async (ctx, errors) => ComplaintSettingsPage({ ctx, policy: await complaintPolicyOf(deps), values: form, errors }),
      field: 'retentionDays',
    });
  });

  app.get(`${REGISTER_PATH}/eksport.csv`, guard, (request, reply) => sendComplaintExport(request, reply, 'csv'));
  app.get(`${REGISTER_PATH}/eksport.xlsx`, guard, (request, reply) => sendComplaintExport(request, reply, 'xlsx'));

  app.get(`${REGISTER_PATH}/:id`, guard, async (request, reply) => {
    const deps = await depsOf(request);
    const entry = await complaintEntry(deps, idParam(request, 'id'));
    await sendPage(
      reply,
      ComplaintEntryPage({ ctx: await pageContext(request), entry, units: await complaintUnits(deps), notice: noticeOf(request) }),
    );
  });

  /** One of the case's forms: on success back to the case; refused, the case again with that form's errors. */
  async function caseForm(
    request: FastifyRequest,
    reply: FastifyReply,
    which: ComplaintForm,
    run: (id: number, form: FormValues) => Promise<void>,
  ) {
    const deps = await depsOf(request);
    const id = idParam(request, 'id');
    const form = formOf(request);
    try {
      await run(id, form);
    } catch (error) {
      const domain = asDomainError(error);
      if (!domain || (domain.kind !== 'validation' && domain.kind !== 'conflict')) throw error;
      const ctx = await pageContext(request);
      const errors = Object.keys(domain.fields).length > 0 ? wordErrors(ctx, domain.fields) : { [which]: ctx.t(domain.key, domain.values) };
      const entry = await complaintEntry(deps, id);
      await sendPage(
        reply,
        ComplaintEntryPage({ ctx, entry, units: await complaintUnits(deps), form: which, values: form, errors }),
        statusOf(domain),
      );
      return;
    }
    await reply.redirect(`${REGISTER_PATH}/${id}?zapisano=1`, 303);
  }

  app.post(`${REGISTER_PATH}/:id/prowadzenie`, guard, async (request, reply) =>
    caseForm(request, reply, 'handling', async (id, form) => updateComplaintHandling(await depsOf(request), id, form)),
  );
  app.post(`${REGISTER_PATH}/:id/zwloka`, guard, async (request, reply) =>
    caseForm(request, reply, 'delay', async (id, form) => recordDelayNotice(await depsOf(request), id, form)),
  );
  app.post(`${REGISTER_PATH}/:id/odpowiedz`, guard, async (request, reply) =>
    caseForm(request, reply, 'reply', async (id, form) => recordComplaintReply(await depsOf(request), id, form)),
  );
}
