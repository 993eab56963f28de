import { defineCatalog } from '../catalog.ts';

/** Audits of the service standards ("tajemniczy klient", issue 18 part 4). */
export default defineCatalog({
  pl: {
    'standardsAudit.nav': 'Audyty standardów',
  },
  en: {
    'standardsAudit.nav': 'Standards audits',
  },
  uk: {
    'standardsAudit.nav': 'Аудити стандартів',
  },
});
