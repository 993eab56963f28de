import { defineCatalog } from '../catalog.ts';

/** The facts of a ticket (follow page and kiosk) and the public follow page. */
export default defineCatalog({
  pl: {
    'queue.ticketFacts.number': 'Numer biletu:',
    'queue.ticketFacts.service': 'Sprawa',
    'queue.ticketFacts.status': 'Stan',
    'queue.ticketFacts.ahead': 'Kolejka',
    'queue.ticketFacts.estimate': 'Szacowany czas oczekiwania',
    'queue.ticketFacts.where': 'Gdzie czekać',
    'queue.follow.title': 'Bilet {number}',
    'queue.follow.heading': 'Twój bilet',
    'queue.follow.refresh': 'Odśwież',
    'queue.follow.offline': 'Brak połączenia. Pokazujemy ostatni znany stan; strona połączy się ponownie sama.',
    'queue.follow.keep': 'Zachowaj ten adres, aby sprawdzać swój bilet. Strona nie zawiera żadnych danych osobowych.',
  },
  en: {
    'queue.ticketFacts.number': 'Ticket number:',
    'queue.ticketFacts.service': 'Service',
    'queue.ticketFacts.status': 'Status',
    'queue.ticketFacts.ahead': 'Queue',
    'queue.ticketFacts.estimate': 'Estimated wait',
    'queue.ticketFacts.where': 'Where to wait',
    'queue.follow.title': 'Ticket {number}',
    'queue.follow.heading': 'Your ticket',
    'queue.follow.refresh': 'Refresh',
    'queue.follow.offline': 'No connection. This is the last known status; the page will reconnect by itself.',
    'queue.follow.keep': 'Keep this address to check your ticket. The page holds no personal data.',
  },
  uk: {
    'queue.ticketFacts.number': 'Номер талона:',
    'queue.ticketFacts.service': 'Справа',
    'queue.ticketFacts.status': 'Стан',
    'queue.ticketFacts.ahead': 'Черга',
    'queue.ticketFacts.estimate': 'Орієнтовний час очікування',
    'queue.ticketFacts.where': 'Де чекати',
    'queue.follow.title': 'Талон {number}',
    'queue.follow.heading': 'Ваш талон',
    'queue.follow.refresh': 'Оновити',
    'queue.follow.offline': 'Немає з’єднання. Показано останній відомий стан; сторінка підключиться знову сама.',
    'queue.follow.keep': 'Збережіть цю адресу, щоб перевіряти свій талон. Сторінка не містить персональних даних.',
  },
});
