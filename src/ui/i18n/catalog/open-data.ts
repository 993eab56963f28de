import { defineCatalog } from '../catalog.ts';

/** The open data feeds of the live queue. */
export default defineCatalog({
  pl: {
    'openData.unknownBuilding': 'Urząd nie ma budynku o tym numerze.',
  },
  en: {
    'openData.unknownBuilding': 'The office has no building with this number.',
  },
  uk: {
    'openData.unknownBuilding': 'В установі немає будівлі з таким номером.',
  },
});
