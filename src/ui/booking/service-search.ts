import type { BookableUnit } from '../../app/booking/index.ts';

/**
 * Folds text for searching: lower case, without diacritics (ł as l, which Unicode does not decompose),
 * spaces squeezed, so "dowod" finds "Dowód osobisty" and "slub" finds "Ślub".
 * @example foldForSearch('  Zgłoszenie  ŚLUBU ') // 'zgloszenie slubu'
 */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The units whose services match every word of a search, in any of the three languages, in the name of
 * the service, its description or its unit; units left without a match are dropped. An empty search
 * keeps everything.
 * @example searchServices(units, 'dowod').flatMap((u) => u.services.map((s) => s.name.pl)) // ['Dowód osobisty — wniosek', …]
 */
export function searchServices(units: readonly BookableUnit[], query: string): BookableUnit[] {
  const words = foldForSearch(query)
    .split(' ')
    .filter((word) => word !== '');
  if (words.length === 0) return [...units];
  return units
    .map((unit) => {
      const unitText = [unit.name.pl, unit.name.en, unit.name.uk].join(' ');
      const services = unit.services.filter((service) => {
        const haystack = foldForSearch(
          [
            unitText,
            service.name.pl,
            service.name.en,
            service.name.uk,
            service.description.pl,
            service.description.en,
            service.description.uk,
          ].join(' '),
        );
        return words.every((word) => haystack.includes(word));
      });
      return { ...unit, services };
    })
    .filter((unit) => unit.services.length > 0);
}
