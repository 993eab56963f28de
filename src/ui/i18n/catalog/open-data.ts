import { defineCatalog } from '../catalog.ts';

/** The open data feeds of the live queue, and the metrics' one refusal. */
export default defineCatalog({
  pl: {
    'openData.unknownBuilding': 'Urząd nie ma budynku o tym numerze.',
    'metrics.forbidden': 'Metryki są dostępne tylko z adresów wskazanych w METRICS_ALLOW albo z tokenem METRICS_TOKEN.',
  },
  en: {
    'openData.unknownBuilding': 'The office has no building with this number.',
    'metrics.forbidden': 'Metrics are open only to the addresses in METRICS_ALLOW or with the METRICS_TOKEN token.',
  },
  uk: {
    'openData.unknownBuilding': 'В установі немає будівлі з таким номером.',
    'metrics.forbidden': 'Метрики доступні лише з адрес, указаних у METRICS_ALLOW, або з токеном METRICS_TOKEN.',
  },
});
