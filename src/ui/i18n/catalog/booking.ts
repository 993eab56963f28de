import { defineCatalog } from '../catalog.ts';

/** Booking rules and refusals, and the manage link's errors: the words every booking page and use case shares. */
export default defineCatalog({
  pl: {
    'booking.refusal.dayInPast': 'Ten dzień już minął. Wybierz dzień od dziś.',
    'booking.refusal.beyondHorizon': 'Wizytę można zarezerwować najpóźniej na {lastDate}. Wybierz wcześniejszy dzień.',
    'booking.refusal.tooSoon': 'Ten termin jest zbyt bliski. Najwcześniejszy możliwy termin to {earliest}.',
    'booking.refusal.slotNotOffered': 'Tego terminu nie ma w rezerwacji. Wybierz termin z listy.',
    'booking.refusal.alreadyBooked': 'Masz już zarezerwowaną wizytę w tej sprawie. Możesz ją przenieść lub odwołać linkiem z potwierdzenia.',
    'booking.refusal.dayFull': 'Na ten dzień nie ma już wolnych terminów. Wybierz inny dzień.',
    'booking.refusal.slotTaken': 'Ten termin został właśnie zajęty. Wybierz inny.',
    'booking.refusal.emailDailyCap': 'Z tego adresu e-mail zarezerwowano dziś już {cap, plural, one {# wizytę} few {# wizyty} many {# wizyt} other {# wizyty}}. Spróbuj jutro albo zadzwoń do Punktu Informacyjnego.',
    'booking.manage.linkInvalid': 'Ten link do rezerwacji jest nieprawidłowy. Skorzystaj z linku z wiadomości e-mail albo zapytaj w Punkcie Informacyjnym.',
    'booking.manage.linkExpired': 'Ten link do rezerwacji wygasł.',
  },
  en: {
    'booking.refusal.dayInPast': 'That day has passed. Choose a day from today on.',
    'booking.refusal.beyondHorizon': 'Visits can be booked up to {lastDate}. Choose an earlier day.',
    'booking.refusal.tooSoon': 'That time is too soon. The earliest possible time is {earliest}.',
    'booking.refusal.slotNotOffered': 'That time cannot be booked. Choose a time from the list.',
    'booking.refusal.alreadyBooked': 'You already have a visit booked for this service. You can move or cancel it with the link in your confirmation.',
    'booking.refusal.dayFull': 'There are no free times left on that day. Choose another day.',
    'booking.refusal.slotTaken': 'That time has just been taken. Choose another.',
    'booking.refusal.emailDailyCap': 'This e-mail address has already booked {cap, plural, one {# visit} other {# visits}} today. Try tomorrow or call the Information Point.',
    'booking.manage.linkInvalid': 'This booking link is not valid. Use the link from your e-mail or ask at the Information Point.',
    'booking.manage.linkExpired': 'This booking link has expired.',
  },
  uk: {
    'booking.refusal.dayInPast': 'Цей день уже минув. Виберіть день, починаючи з сьогодні.',
    'booking.refusal.beyondHorizon': 'Візит можна забронювати не пізніше ніж на {lastDate}. Виберіть раніший день.',
    'booking.refusal.tooSoon': 'Цей час надто близький. Найраніший можливий час — {earliest}.',
    'booking.refusal.slotNotOffered': 'Цей час недоступний для бронювання. Виберіть час зі списку.',
    'booking.refusal.alreadyBooked': 'У вас уже є заброньований візит у цій справі. Ви можете перенести або скасувати його за посиланням із підтвердження.',
    'booking.refusal.dayFull': 'На цей день вільного часу вже немає. Виберіть інший день.',
    'booking.refusal.slotTaken': 'Цей час щойно зайняли. Виберіть інший.',
    'booking.refusal.emailDailyCap': 'З цієї адреси e-mail сьогодні вже забронювали {cap, plural, one {# візит} few {# візити} many {# візитів} other {# візиту}}. Спробуйте завтра або зателефонуйте до Інформаційного пункту.',
    'booking.manage.linkInvalid': 'Це посилання на бронювання недійсне. Скористайтеся посиланням з листа або зверніться до Інформаційного пункту.',
    'booking.manage.linkExpired': 'Термін дії цього посилання на бронювання минув.',
  },
});
