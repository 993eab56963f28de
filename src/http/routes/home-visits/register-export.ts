import type { FastifyReply, FastifyRequest } from 'fastify';
import { authorisationRegister, type AuthorisationItem, type RegisterFilter } from '../../../app/home-visits/index.ts';
import { officeDate } from '../../../domain/organisation/index.ts';
import { inLanguage } from '../../../domain/shared/translated.ts';
import { depsOf } from '../../auth/actor.ts';
import { pageContext } from '../../page.ts';
import { sendSpreadsheet, type Columns } from '../../spreadsheet-export.ts';

/** The register's columns: what the page's table shows, with the legal basis and the dates spelled out. */
const COLUMNS: Columns<AuthorisationItem> = [
  [(ctx) => ctx.t('homeVisits.auth.number'), (_, a) => a.number ?? ''],
  [(ctx) => ctx.t('homeVisits.auth.employee'), (_, a) => a.employee],
  [(ctx) => ctx.t('homeVisits.auth.unit'), (ctx, a) => (a.unit ? inLanguage(a.unit, ctx.locale).value : '')],
  [(ctx) => ctx.t('homeVisits.auth.scope'), (_, a) => a.scope],
  [(ctx) => ctx.t('homeVisits.field.legalBasis'), (_, a) => a.legalBasis],
  [(ctx) => ctx.t('homeVisits.field.validFrom'), (_, a) => a.validFrom],
  [(ctx) => ctx.t('homeVisits.field.validUntil'), (_, a) => a.validUntil],
  [(ctx) => ctx.t('homeVisits.auth.standing'), (ctx, a) => ctx.t(`homeVisits.standing.${a.standing}`)],
  [(ctx) => ctx.t('homeVisits.auth.visitsDone'), (_, a) => a.visitsDone],
  [(ctx) => ctx.t('homeVisits.auth.grantedOn'), (_, a) => (a.decidedAt ? officeDate(a.decidedAt) : '')],
  [(ctx) => ctx.t('homeVisits.auth.revokedOn'), (_, a) => (a.revokedAt ? officeDate(a.revokedAt) : '')],
  [(ctx) => ctx.t('homeVisits.auth.revokeReason'), (_, a) => a.revokeReason],
];

/**
 * The register of the City Secretary's authorisations, filtered as on the page, as CSV or XLSX (streamed by the
 * shared writers). The read is audited like the page's.
 */
export async function sendRegisterExport(request: FastifyRequest, reply: FastifyReply, filter: RegisterFilter, format: 'csv' | 'xlsx') {
  const ctx = await pageContext(request);
  const register = await authorisationRegister(await depsOf(request), filter);
  return sendSpreadsheet(
    request,
    reply,
    ctx,
    { name: 'rejestr-upowaznien', sheet: ctx.t('homeVisits.register.sheet'), format },
    COLUMNS,
    register.items,
  );
}
