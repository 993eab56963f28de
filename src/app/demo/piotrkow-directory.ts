// The demo office's matter directory: keywords and synonyms per service (the words residents say, inflected
// forms included), phone extensions of the demo staff and one note to the Information Point (issue 14).

type Keywords = [pl: string[], en: string[], uk: string[]];

/** Keywords per ticket letter; every demo service has some (a test checks it). */
export const DEMO_KEYWORDS: Record<string, Keywords> = {
  A: [
    [
      'dowód osobisty',
      'dowodu osobistego',
      'wyrobienie dowodu',
      'wyrobić dowód',
      'zgubiony dowód',
      'zgubiłem dowód',
      'utrata dowodu',
      'skradziony dowód',
      'nowy dowód',
      'wymiana dowodu',
      'unieważnienie dowodu',
      'e-dowód',
    ],
    ['ID card', 'identity card', 'lost ID', 'stolen ID', 'new ID', 'national identity card'],
    ['посвідчення особи', 'ID-картка', 'паспорт', 'загубив документ', 'втрата посвідчення', 'нове посвідчення'],
  ],
  B: [
    ['odbiór dowodu', 'odebrać dowód', 'gotowy dowód', 'dowód do odbioru'],
    ['collect ID card', 'pick up ID card', 'ID card ready'],
    ['отримати посвідчення', 'забрати посвідчення', 'готове посвідчення'],
  ],
  C: [
    [
      'meldunek',
      'zameldowanie',
      'zameldować się',
      'wymeldowanie',
      'wymeldować się',
      'pobyt stały',
      'pobyt czasowy',
      'zmiana adresu',
      'przeprowadzka',
    ],
    ['residence registration', 'register address', 'change of address', 'moving house', 'meldunek'],
    ['реєстрація місця проживання', 'прописка', 'зміна адреси', 'переїзд', 'зареєструватися за адресою'],
  ],
  D: [
    [
      'rejestracja auta',
      'rejestracja samochodu',
      'auto',
      'samochód',
      'pojazd',
      'motocykl',
      'tablice rejestracyjne',
      'dowód rejestracyjny',
      'zgubiony dowód rejestracyjny',
      'przerejestrowanie',
      'wyrejestrowanie',
      'kupiłem samochód',
      'CEPiK',
    ],
    ['car registration', 'register a car', 'vehicle', 'number plates', 'registration certificate', 'motorbike'],
    ['реєстрація авто', 'автомобіль', 'машина', 'авто', 'номерні знаки', 'техпаспорт', 'зареєструвати авто'],
  ],
  E: [
    [
      'prawo jazdy',
      'prawa jazdy',
      'prawko',
      'kierowca',
      'wymiana prawa jazdy',
      'międzynarodowe prawo jazdy',
      'profil kandydata na kierowcę',
      'PKK',
    ],
    ['driving licence', 'driving license', 'driver’s license', 'licence exchange', 'international driving permit'],
    ['посвідчення водія', 'водійські права', 'водійське посвідчення', 'права водія', 'обмін прав'],
  ],
  F: [
    ['akt urodzenia', 'akt małżeństwa', 'akt zgonu', 'odpis aktu', 'odpis skrócony', 'odpis zupełny', 'akt stanu cywilnego', 'USC'],
    ['birth certificate', 'marriage certificate', 'death certificate', 'certificate copy'],
    ['свідоцтво про народження', 'свідоцтво про шлюб', 'свідоцтво про смерть', 'витяг з акта'],
  ],
  G: [
    ['ślub', 'ślub cywilny', 'małżeństwo', 'zawarcie małżeństwa', 'zapowiedzi', 'wesele'],
    ['wedding', 'getting married', 'civil wedding', 'marry'],
    ['шлюб', 'весілля', 'одруження', 'одружитися'],
  ],
  H: [
    [
      'podatek od nieruchomości',
      'podatek od domu',
      'podatek od mieszkania',
      'podatek od działki',
      'podatek od gruntu',
      'deklaracja podatkowa',
      'informacja podatkowa',
      'IN-1',
      'DN-1',
    ],
    ['property tax', 'house tax', 'land tax', 'real estate tax'],
    ['податок на нерухомість', 'податок на землю', 'податок на будинок', 'податок на квартиру'],
  ],
  J: [
    ['śmieci', 'odpady', 'wywóz śmieci', 'opłata za śmieci', 'deklaracja śmieciowa', 'segregacja', 'kosz na śmieci'],
    ['rubbish', 'garbage', 'waste collection', 'bin', 'trash'],
    ['сміття', 'вивіз сміття', 'відходи', 'плата за сміття'],
  ],
  K: [
    ['skarga', 'problem', 'zgłoszenie problemu', 'dziura w drodze', 'reklamacja', 'uwaga', 'awaria'],
    ['complaint', 'report a problem', 'pothole', 'complain'],
    ['скарга', 'проблема', 'повідомити про проблему', 'поскаржитися'],
  ],
  L: [
    ['informacja', 'tłumacz migowy', 'język migowy', 'PJM', 'głuchy', 'niesłyszący', 'pomoc', 'gdzie iść'],
    ['information', 'sign language', 'deaf', 'interpreter', 'help desk'],
    ['інформація', 'жестова мова', 'глухий', 'перекладач', 'допомога'],
  ],
  P: [
    ['podatek od psa', 'opłata od psa', 'opłata za psa', 'pies', 'psa', 'psy', 'posiadanie psa'],
    ['dog tax', 'dog fee', 'dog', 'dog licence'],
    ['податок на собаку', 'собака', 'пес', 'плата за собаку'],
  ],
};

/** Phone extensions and rooms of the demo staff, by login. */
export const DEMO_EXTENSIONS: Record<string, { extension: string; room: string | null }> = {
  'demo.admin': { extension: '360', room: '305' },
  'demo.urzednik': { extension: '131', room: 'P.01' },
  'demo.informacja': { extension: '100', room: 'A.0.1' },
  'demo.kierownik': { extension: '205', room: 'A.0.5' },
  'demo.sekretarz': { extension: '301', room: '301' },
  'demo.rejestr': { extension: '361', room: '305' },
  'demo.ckm': { extension: '202', room: 'A.0.2' },
};

/** The note of the demo (basic standard 8): from the vehicles unit, shown to residents at vehicle registration. */
export const DEMO_NOTE = {
  unit: 'KM',
  letter: 'D',
  text: [
    'CEPiK nie działa do 12:00 — rejestracje pojazdów wstrzymane.',
    'CEPiK (the vehicle register) is down until 12:00 — vehicle registrations are on hold.',
    'CEPiK не працює до 12:00 — реєстрацію транспортних засобів призупинено.',
  ],
  /** Valid from the load for a week, so the demo shows it. */
  hours: 7 * 24,
} as const;
