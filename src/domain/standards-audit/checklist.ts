/** The standards an audit checks, in the seed's order (sections 1–7 of "Standardy w zakresie obsługi bezpośredniej"). */
export const STANDARDS = ['greeting', 'respect', 'appearance', 'direct_contact', 'telephone', 'discretion', 'special_needs'] as const;
export type Standard = (typeof STANDARDS)[number];

export function isStandard(value: string): value is Standard {
  return (STANDARDS as readonly string[]).includes(value);
}

/** One checklist item as the seed words it (Polish, the standard's own words) with its English rendering. */
export interface SeedItem {
  standard: Standard;
  pl: string;
  en: string;
}

/**
 * The checklist the office starts from, item by item from the seed's standards 1–7. It is data once loaded: the
 * administrator adds and retires items when the standards change.
 */
export const SEED_CHECKLIST: readonly SeedItem[] = [
  { standard: 'greeting', pl: 'Jeżeli pozwalają na to warunki stanowiska, pracownik wstał', en: 'Stood up if the desk allows' },
  { standard: 'greeting', pl: 'Okazał zainteresowanie sprawą klienta', en: "Showed interest in the client's matter" },
  {
    standard: 'greeting',
    pl: 'Stał lub siedział przodem do klienta, z którym rozmawiał, i utrzymywał kontakt wzrokowy',
    en: 'Faced the client and kept eye contact',
  },
  {
    standard: 'greeting',
    pl: 'Skierował klienta do właściwej osoby lub komórki organizacyjnej (jeżeli sprawa nie była w zakresie jego kompetencji)',
    en: 'Directed the client to the right person or unit when the matter was outside his or her competence',
  },
  { standard: 'respect', pl: 'Traktował klienta z szacunkiem', en: 'Treated the client with respect' },
  { standard: 'respect', pl: 'Nie komentował i nie oceniał sprawy klienta', en: "Did not comment on or judge the client's matter" },
  {
    standard: 'respect',
    pl: 'Informował klienta życzliwie, bez zbędnego pouczania',
    en: 'Informed the client kindly, without needless lecturing',
  },
  {
    standard: 'respect',
    pl: 'Gdy klient czegoś nie rozumiał, wytłumaczył z życzliwością ponownie',
    en: 'Explained again, kindly, when the client did not understand',
  },
  { standard: 'appearance', pl: 'Wygląd i ubiór budziły zaufanie klienta', en: "Appearance and dress inspired the client's trust" },
  {
    standard: 'appearance',
    pl: 'Ubiór neutralny, w stonowanych kolorach, odpowiedni do powagi Urzędu',
    en: 'Neutral dress in subdued colours, fitting the dignity of the office',
  },
  {
    standard: 'appearance',
    pl: 'Pracownik mający kontakt bezpośredni z klientem nosił identyfikator',
    en: 'The employee in direct contact with clients wore an ID badge',
  },
  {
    standard: 'direct_contact',
    pl: 'Podczas obsługi zajmował się tylko czynnościami związanymi z załatwieniem sprawy klienta',
    en: "While serving, dealt only with the client's matter",
  },
  {
    standard: 'direct_contact',
    pl: 'Przekazywał informacje rzeczowo, w sposób wyczerpujący, szanując czas klienta',
    en: "Gave information factually and completely, respecting the client's time",
  },
  {
    standard: 'direct_contact',
    pl: 'Udzielił wyczerpujących odpowiedzi; w razie potrzeby zapisał na kartce czynności, które klient powinien wykonać',
    en: 'Answered questions fully and, when needed, wrote down the steps the client must take',
  },
  { standard: 'direct_contact', pl: 'Nie spożywał posiłków w obecności klienta', en: 'Did not eat in front of the client' },
  {
    standard: 'direct_contact',
    pl: 'Miał przygotowane zestawy formularzy i w razie potrzeby pomógł w ich wypełnieniu',
    en: 'Had sets of forms ready and helped fill them in when needed',
  },
  {
    standard: 'direct_contact',
    pl: 'Poinformował klienta o ewentualnych opłatach oraz o miejscu ich dokonania',
    en: 'Told the client about any fees and where to pay them',
  },
  { standard: 'telephone', pl: 'Odebrał telefon niezwłocznie', en: 'Answered the call promptly' },
  {
    standard: 'telephone',
    pl: 'Przedstawił się imieniem i nazwiskiem oraz podał nazwę komórki organizacyjnej',
    en: 'Gave his or her first name, surname and the name of the unit',
  },
  { standard: 'telephone', pl: 'Traktował telefonującego w miły i profesjonalny sposób', en: 'Was kind and professional with the caller' },
  {
    standard: 'telephone',
    pl: 'Przełączając do właściwej komórki, poinformował o tym rozmówcę i wskazał imię i nazwisko osoby, do której przekierował rozmowę',
    en: 'When transferring the call, told the caller so and named the person the call was transferred to',
  },
  {
    standard: 'discretion',
    pl: 'Na stanowisku znajdowała się tylko osoba aktualnie obsługiwana',
    en: 'Only the client being served was at the desk',
  },
  {
    standard: 'discretion',
    pl: 'Nie rozmawiał przy kliencie o sprawach innych klientów',
    en: "Did not talk about other clients' matters in front of the client",
  },
  {
    standard: 'discretion',
    pl: 'Podczas obsługi na stanowisku znajdowały się tylko dokumenty obsługiwanego klienta',
    en: "Only the served client's documents were on the desk",
  },
  {
    standard: 'special_needs',
    pl: 'Osobę z ograniczoną sprawnością obsłużono w sposób ograniczający trudności, w razie potrzeby na parterze, poza kolejnością',
    en: 'A person with reduced mobility was served so as to limit the difficulties, on the ground floor and out of turn if needed',
  },
  {
    standard: 'special_needs',
    pl: 'Osobę głuchą lub niedosłyszącą obsłużono przy pomocy wideotłumacza, bez wcześniejszego umawiania wizyty',
    en: 'A deaf or hard-of-hearing person was served with the video interpreter, without an appointment',
  },
];
