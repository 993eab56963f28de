// The demo office's services (sprawy): names, documents (one per line), fees and where to pay them, in
// Polish, English and Ukrainian. Fees are plausible demonstration values, not an official price list.
import type { UnitCode } from './piotrkow.ts';

export interface DemoService {
  unit: UnitCode;
  ticket_letter: string;
  name: [pl: string, en: string, uk: string];
  description: [pl: string, en: string, uk: string];
  documents: [pl: string[], en: string[], uk: string[]];
  fees: [pl: string[], en: string[], uk: string[]];
  payment: [pl: string, en: string, uk: string];
  typical_minutes: number;
  bookable_online: boolean;
  ground_floor_possible: boolean;
}

const FREE: DemoService['fees'] = [['Bez opłat'], ['Free of charge'], ['Безкоштовно']];
const NO_PAYMENT: DemoService['payment'] = ['', '', ''];
const PAY_MAIN: DemoService['payment'] = [
  'W kasie na parterze siedziby głównej (gotówką lub kartą) albo przelewem na rachunek urzędu.',
  'At the cash desk on the ground floor of the main seat (cash or card), or by bank transfer to the city hall’s account.',
  'У касі на першому поверсі головного будинку (готівкою або карткою) або банківським переказом на рахунок міської ради.',
];
const PAY_A: DemoService['payment'] = [
  'Kartą przy stanowisku w budynku A albo przelewem na rachunek urzędu przed wizytą.',
  'By card at the desk in building A, or by bank transfer to the city hall’s account before your visit.',
  'Карткою біля віконця в будинку A або банківським переказом на рахунок міської ради до візиту.',
];

export const DEMO_SERVICES: DemoService[] = [
  {
    unit: 'SO',
    ticket_letter: 'A',
    typical_minutes: 15,
    bookable_online: true,
    ground_floor_possible: true,
    name: ['Wniosek o dowód osobisty', 'Applying for an ID card', 'Заява на посвідчення особи'],
    description: [
      'Złożenie wniosku o nowy dowód osobisty, także po utracie lub zmianie danych.',
      'Apply for a new ID card, also after losing one or changing your details.',
      'Подання заяви на нове посвідчення особи, також після втрати чи зміни даних.',
    ],
    documents: [
      ['Aktualna kolorowa fotografia 35 × 45 mm', 'Dotychczasowy dowód osobisty (jeśli go masz)'],
      ['A recent colour photograph, 35 × 45 mm', 'Your current ID card (if you have one)'],
      ['Актуальна кольорова фотографія 35 × 45 мм', 'Чинне посвідчення особи (якщо є)'],
    ],
    fees: FREE,
    payment: NO_PAYMENT,
  },
  {
    unit: 'SO',
    ticket_letter: 'B',
    typical_minutes: 5,
    bookable_online: false,
    ground_floor_possible: true,
    name: ['Odbiór dowodu osobistego', 'Collecting an ID card', 'Отримання посвідчення особи'],
    description: [
      'Odbiór gotowego dowodu osobistego; przyjdź osobiście.',
      'Collect your ready ID card in person.',
      'Отримання готового посвідчення особи особисто.',
    ],
    documents: [
      ['Dotychczasowy dowód osobisty (jeśli go masz)'],
      ['Your current ID card (if you have one)'],
      ['Чинне посвідчення особи (якщо є)'],
    ],
    fees: FREE,
    payment: NO_PAYMENT,
  },
  {
    unit: 'SO',
    ticket_letter: 'C',
    typical_minutes: 15,
    bookable_online: true,
    ground_floor_possible: true,
    name: [
      'Zameldowanie na pobyt stały lub czasowy',
      'Registering your permanent or temporary residence',
      'Реєстрація постійного або тимчасового місця проживання',
    ],
    description: [
      'Zgłoszenie miejsca zamieszkania w Piotrkowie Trybunalskim.',
      'Register the address where you live in Piotrków Trybunalski.',
      'Реєстрація адреси проживання в Пйотркуві-Трибунальському.',
    ],
    documents: [
      [
        'Dowód osobisty lub paszport',
        'Dokument potwierdzający prawo do lokalu (np. umowa najmu, akt notarialny)',
        'Formularz zgłoszenia pobytu (dostępny na miejscu)',
      ],
      [
        'ID card or passport',
        'Proof of your right to the home (e.g. a tenancy agreement or notarial deed)',
        'Residence registration form (available at the desk)',
      ],
      [
        'Посвідчення особи або паспорт',
        'Документ, що підтверджує право на житло (напр. договір оренди, нотаріальний акт)',
        'Бланк реєстрації проживання (є на місці)',
      ],
    ],
    fees: FREE,
    payment: NO_PAYMENT,
  },
  {
    unit: 'KM',
    ticket_letter: 'D',
    typical_minutes: 20,
    bookable_online: true,
    ground_floor_possible: true,
    name: ['Rejestracja pojazdu', 'Registering a vehicle', 'Реєстрація транспортного засобу'],
    description: [
      'Rejestracja samochodu kupionego w Polsce lub za granicą, także przerejestrowanie.',
      'Register a car bought in Poland or abroad, including re-registration.',
      'Реєстрація автомобіля, купленого в Польщі чи за кордоном, також перереєстрація.',
    ],
    documents: [
      [
        'Dowód własności pojazdu (umowa kupna lub faktura)',
        'Dotychczasowy dowód rejestracyjny i tablice (jeśli pojazd był zarejestrowany)',
        'Karta pojazdu (jeśli była wydana)',
        'Potwierdzenie ubezpieczenia OC',
        'Dowód osobisty',
      ],
      [
        'Proof of ownership (purchase agreement or invoice)',
        'The previous registration certificate and plates (if the vehicle was registered)',
        'Vehicle card (if one was issued)',
        'Proof of third-party liability insurance',
        'ID card',
      ],
      [
        'Документ про право власності (договір купівлі або рахунок-фактура)',
        'Попереднє свідоцтво про реєстрацію та номерні знаки (якщо авто було зареєстроване)',
        'Картка транспортного засобу (якщо видавалася)',
        'Підтвердження страхування цивільної відповідальності',
        'Посвідчення особи',
      ],
    ],
    fees: [
      [
        'Dowód rejestracyjny: 54,00 zł',
        'Tablice rejestracyjne: 80,00 zł',
        'Pozwolenie czasowe: 13,50 zł',
        'Nalepka kontrolna: 18,50 zł',
        'Opłata ewidencyjna: 0,50 zł za każdy dokument',
      ],
      [
        'Registration certificate: PLN 54.00',
        'Number plates: PLN 80.00',
        'Temporary permit: PLN 13.50',
        'Control sticker: PLN 18.50',
        'Records fee: PLN 0.50 per document',
      ],
      [
        'Свідоцтво про реєстрацію: 54,00 зл',
        'Номерні знаки: 80,00 зл',
        'Тимчасовий дозвіл: 13,50 зл',
        'Контрольна наліпка: 18,50 зл',
        'Облікова плата: 0,50 зл за кожен документ',
      ],
    ],
    payment: PAY_A,
  },
  {
    unit: 'KM',
    ticket_letter: 'E',
    typical_minutes: 15,
    bookable_online: true,
    ground_floor_possible: true,
    name: ['Prawo jazdy — wydanie lub wymiana', 'Driving licence — issue or exchange', 'Посвідчення водія — видача або обмін'],
    description: [
      'Wniosek o pierwsze prawo jazdy, wymianę lub wtórnik.',
      'Apply for a first driving licence, an exchange or a duplicate.',
      'Заява на перше посвідчення водія, обмін або дублікат.',
    ],
    documents: [
      [
        'Wniosek o wydanie prawa jazdy',
        'Kolorowa fotografia 35 × 45 mm',
        'Orzeczenie lekarskie (przy pierwszym prawie jazdy)',
        'Dowód osobisty',
      ],
      ['Driving licence application form', 'A colour photograph, 35 × 45 mm', 'Medical certificate (for a first licence)', 'ID card'],
      [
        'Заява на видачу посвідчення водія',
        'Кольорова фотографія 35 × 45 мм',
        'Медична довідка (для першого посвідчення)',
        'Посвідчення особи',
      ],
    ],
    fees: [
      ['Prawo jazdy: 100,00 zł', 'Opłata ewidencyjna: 0,50 zł'],
      ['Driving licence: PLN 100.00', 'Records fee: PLN 0.50'],
      ['Посвідчення водія: 100,00 зл', 'Облікова плата: 0,50 зл'],
    ],
    payment: PAY_A,
  },
  {
    unit: 'USC',
    ticket_letter: 'F',
    typical_minutes: 10,
    bookable_online: false,
    ground_floor_possible: true,
    name: ['Odpis aktu stanu cywilnego', 'Copy of a civil status record', 'Витяг з акта цивільного стану'],
    description: [
      'Odpis aktu urodzenia, małżeństwa lub zgonu.',
      'A copy of a birth, marriage or death record.',
      'Витяг з акта про народження, шлюб або смерть.',
    ],
    documents: [['Dowód osobisty lub paszport'], ['ID card or passport'], ['Посвідчення особи або паспорт']],
    fees: [
      ['Odpis skrócony: 22,00 zł', 'Odpis zupełny: 33,00 zł'],
      ['Short copy: PLN 22.00', 'Full copy: PLN 33.00'],
      ['Скорочений витяг: 22,00 зл', 'Повний витяг: 33,00 зл'],
    ],
    payment: PAY_MAIN,
  },
  {
    unit: 'USC',
    ticket_letter: 'G',
    typical_minutes: 30,
    bookable_online: true,
    ground_floor_possible: false,
    name: ['Zgłoszenie zamiaru zawarcia małżeństwa', 'Giving notice of an intended marriage', 'Повідомлення про намір укласти шлюб'],
    description: [
      'Przyjdźcie razem; ustalimy też datę ślubu cywilnego.',
      'Come together; we will also agree the date of the civil ceremony.',
      'Приходьте разом; ми також узгодимо дату цивільного шлюбу.',
    ],
    documents: [
      ['Dowody osobiste obojga przyszłych małżonków', 'Dokument potwierdzający ustanie poprzedniego małżeństwa (jeśli dotyczy)'],
      ['ID cards of both partners', 'Proof that any previous marriage has ended (if it applies)'],
      ['Посвідчення особи обох майбутніх подружжя', 'Документ про припинення попереднього шлюбу (якщо стосується)'],
    ],
    fees: [
      ['Opłata skarbowa za sporządzenie aktu małżeństwa: 84,00 zł'],
      ['Stamp duty for the marriage record: PLN 84.00'],
      ['Гербовий збір за складання акта про шлюб: 84,00 зл'],
    ],
    payment: PAY_MAIN,
  },
  {
    unit: 'PO',
    ticket_letter: 'H',
    typical_minutes: 15,
    bookable_online: true,
    ground_floor_possible: true,
    name: ['Podatek od nieruchomości — informacja lub deklaracja', 'Property tax — declaration', 'Податок на нерухомість — декларація'],
    description: [
      'Zgłoszenie kupna, sprzedaży lub zmiany nieruchomości do opodatkowania.',
      'Report buying, selling or changing a property for tax purposes.',
      'Повідомлення про купівлю, продаж або зміну нерухомості для оподаткування.',
    ],
    documents: [
      ['Dowód osobisty', 'Akt notarialny lub inny dokument nabycia nieruchomości'],
      ['ID card', 'Notarial deed or other proof of acquiring the property'],
      ['Посвідчення особи', 'Нотаріальний акт або інший документ про набуття нерухомості'],
    ],
    fees: FREE,
    payment: NO_PAYMENT,
  },
  {
    unit: 'PO',
    ticket_letter: 'J',
    typical_minutes: 10,
    bookable_online: false,
    ground_floor_possible: true,
    name: ['Opłata za odpady komunalne — deklaracja', 'Household waste fee — declaration', 'Плата за побутові відходи — декларація'],
    description: [
      'Złożenie lub zmiana deklaracji o wysokości opłaty za gospodarowanie odpadami.',
      'Submit or change your declaration for the waste collection fee.',
      'Подання або зміна декларації щодо плати за вивезення відходів.',
    ],
    documents: [
      ['Dowód osobisty', 'Liczba osób zamieszkujących nieruchomość'],
      ['ID card', 'The number of people living at the address'],
      ['Посвідчення особи', 'Кількість осіб, які проживають за адресою'],
    ],
    fees: FREE,
    payment: NO_PAYMENT,
  },
  {
    unit: 'CKM',
    ticket_letter: 'K',
    typical_minutes: 10,
    bookable_online: false,
    ground_floor_possible: true,
    name: ['Zgłoszenie problemu lub skargi', 'Reporting a problem or making a complaint', 'Повідомлення про проблему або скарга'],
    description: [
      'Dziura w drodze, zepsuta latarnia, skarga na obsługę — przyjmiemy i przekażemy dalej.',
      'A pothole, a broken street light, a complaint about service — we take it and pass it on.',
      'Вибоїна на дорозі, несправний ліхтар, скарга на обслуговування — ми приймемо і передамо далі.',
    ],
    documents: [[], [], []],
    fees: FREE,
    payment: NO_PAYMENT,
  },
  {
    unit: 'PI',
    ticket_letter: 'L',
    typical_minutes: 20,
    bookable_online: false,
    ground_floor_possible: true,
    name: [
      'Informacja i obsługa z tłumaczem języka migowego',
      'Information, and service with a sign-language interpreter',
      'Інформація та обслуговування з перекладачем жестової мови',
    ],
    description: [
      'Wskażemy, gdzie załatwić sprawę; osoby głuche obsłużymy z wideotłumaczem PJM bez umawiania (standard 7.2).',
      'We tell you where to go; deaf visitors are served with a Polish Sign Language video interpreter, no appointment needed (standard 7.2).',
      'Підкажемо, де вирішити справу; глухих відвідувачів обслуговуємо з відеоперекладачем польської жестової мови без попереднього запису (стандарт 7.2).',
    ],
    documents: [[], [], []],
    fees: FREE,
    payment: NO_PAYMENT,
  },
  {
    unit: 'PO',
    ticket_letter: 'P',
    typical_minutes: 10,
    bookable_online: false,
    ground_floor_possible: true,
    name: ['Opłata od posiadania psów', 'Dog fee', 'Плата за утримання собак'],
    description: [
      'Zgłoszenie psa do opłaty, zwolnienie z opłaty albo wyrejestrowanie psa.',
      'Registering a dog for the fee, an exemption, or deregistering a dog.',
      'Реєстрація собаки для сплати збору, звільнення від плати або зняття собаки з обліку.',
    ],
    documents: [
      ['Dowód osobisty właściciela', 'Zaświadczenie o szczepieniu psa przeciw wściekliźnie'],
      ['The owner’s ID card', 'The dog’s rabies vaccination certificate'],
      ['Посвідчення особи власника', 'Довідка про щеплення собаки від сказу'],
    ],
    fees: [['Opłata roczna: 60 zł od psa'], ['Yearly fee: PLN 60 per dog'], ['Річна плата: 60 злотих за собаку']],
    payment: PAY_MAIN,
  },
];
