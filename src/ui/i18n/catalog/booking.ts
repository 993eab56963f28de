import { defineCatalog } from '../catalog.ts';

/** Booking rules and refusals, and the manage link's errors: the words every booking page and use case shares. */
export default defineCatalog({
  pl: {
    'booking.service.notFound':
      'Tej sprawy nie można zarezerwować przez internet. Wybierz sprawę z listy albo zapytaj w Punkcie Informacyjnym.',
    'booking.field.nameRequired': 'Wpisz imię i nazwisko.',
    'booking.field.nameTooLong':
      'Imię i nazwisko może mieć najwyżej {max, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}.',
    'booking.field.emailRequired': 'Wpisz adres e-mail.',
    'booking.field.emailFormat': 'Wpisz adres e-mail w poprawnym formacie, np. jan.kowalski@example.pl.',
    'booking.field.emailTooLong': 'Adres e-mail jest za długi. Wpisz krótszy adres.',
    'booking.field.phoneRequired': 'Wpisz numer telefonu.',
    'booking.field.phoneFormat':
      'Wpisz cały numer telefonu: polski, np. 600 123 456, albo z innego kraju razem z jego numerem kierunkowym, np. +380 67 123 4567.',
    'booking.field.contactRequired': 'Wpisz adres e-mail lub numer telefonu, żebyśmy mogli potwierdzić wizytę.',
    'booking.manage.notFound': 'Nie znaleźliśmy rezerwacji o tym kodzie. Sprawdź kod w wiadomości e-mail.',
    'booking.manage.linkReplaced':
      'Termin tej wizyty został przeniesiony, więc ten link już nie działa. Skorzystaj z linku z najnowszej wiadomości e-mail: jest w niej aktualny termin.',
    'booking.manage.linkCancelled':
      'Ta wizyta została odwołana, więc ten link już nie działa. Jeśli chcesz przyjść, zarezerwuj nową wizytę.',
    'booking.manage.alreadyCancelled': 'Ta wizyta została już odwołana.',
    'booking.manage.checkedIn': 'Ta wizyta już się odbyła albo właśnie trwa.',
    'booking.manage.noShow': 'Czas tej wizyty minął, a wizyta się nie odbyła. Zarezerwuj nowy termin.',
    'booking.manage.visitStarted': 'Czas tej wizyty już nadszedł, więc nie można jej zmienić ani odwołać.',
    'booking.refusal.dayInPast': 'Ten dzień już minął. Wybierz dzień od dziś.',
    'booking.refusal.beyondHorizon': 'Wizytę można zarezerwować najpóźniej na {lastDate}. Wybierz wcześniejszy dzień.',
    'booking.refusal.tooSoon': 'Ten termin jest zbyt bliski. Najwcześniejszy możliwy termin to {earliest}.',
    'booking.refusal.slotNotOffered': 'Tego terminu nie ma w rezerwacji. Wybierz termin z listy.',
    'booking.refusal.alreadyBooked':
      'Masz już zarezerwowaną wizytę w tej sprawie. Możesz ją przenieść lub odwołać linkiem z potwierdzenia.',
    'booking.refusal.dayFull': 'Na ten dzień nie ma już wolnych terminów. Wybierz inny dzień.',
    'booking.refusal.slotTaken': 'Ten termin został właśnie zajęty. Wybierz inny.',
    'booking.refusal.emailDailyCap':
      'Z tego adresu e-mail zarezerwowano dziś już {cap, plural, one {# wizytę} few {# wizyty} many {# wizyt} other {# wizyty}}. Spróbuj jutro albo zadzwoń do Punktu Informacyjnego.',
    'booking.manage.linkInvalid':
      'Ten link do rezerwacji jest nieprawidłowy. Skorzystaj z linku z wiadomości e-mail albo zapytaj w Punkcie Informacyjnym.',
    'booking.manage.linkExpired': 'Ten link do rezerwacji wygasł: działa do dnia po wizycie, a ta wizyta już minęła.',
  },
  en: {
    'booking.service.notFound': 'This service cannot be booked online. Choose a service from the list or ask at the Information Point.',
    'booking.field.nameRequired': 'Enter your full name.',
    'booking.field.nameTooLong': 'Your name must be {max, plural, one {# character} other {# characters}} or fewer.',
    'booking.field.emailRequired': 'Enter your e-mail address.',
    'booking.field.emailFormat': 'Enter an e-mail address in the correct format, like name@example.com.',
    'booking.field.emailTooLong': 'The e-mail address is too long. Enter a shorter address.',
    'booking.field.phoneRequired': 'Enter your phone number.',
    'booking.field.phoneFormat':
      'Enter the whole phone number: a Polish one, like 600 123 456, or one from another country with its country code, like +380 67 123 4567.',
    'booking.field.contactRequired': 'Enter an e-mail address or a phone number so that we can confirm your visit.',
    'booking.manage.notFound': 'We could not find a booking with this code. Check the code in your e-mail.',
    'booking.manage.linkReplaced':
      'This visit has been moved to another time, so this link no longer works. Use the link in your latest e-mail: it has the current time.',
    'booking.manage.linkCancelled': 'This visit has been cancelled, so this link no longer works. If you want to come, book a new visit.',
    'booking.manage.alreadyCancelled': 'This visit has already been cancelled.',
    'booking.manage.checkedIn': 'This visit has already taken place or is under way.',
    'booking.manage.noShow': 'The time of this visit has passed without the visit. Book a new time.',
    'booking.manage.visitStarted': 'The time of this visit has already come, so it can no longer be changed or cancelled.',
    'booking.refusal.dayInPast': 'That day has passed. Choose a day from today on.',
    'booking.refusal.beyondHorizon': 'Visits can be booked up to {lastDate}. Choose an earlier day.',
    'booking.refusal.tooSoon': 'That time is too soon. The earliest possible time is {earliest}.',
    'booking.refusal.slotNotOffered': 'That time cannot be booked. Choose a time from the list.',
    'booking.refusal.alreadyBooked':
      'You already have a visit booked for this service. You can move or cancel it with the link in your confirmation.',
    'booking.refusal.dayFull': 'There are no free times left on that day. Choose another day.',
    'booking.refusal.slotTaken': 'That time has just been taken. Choose another.',
    'booking.refusal.emailDailyCap':
      'This e-mail address has already booked {cap, plural, one {# visit} other {# visits}} today. Try tomorrow or call the Information Point.',
    'booking.manage.linkInvalid': 'This booking link is not valid. Use the link from your e-mail or ask at the Information Point.',
    'booking.manage.linkExpired': 'This booking link has expired: it works until the day after the visit, and this visit is over.',
  },
  uk: {
    'booking.service.notFound': 'Цю справу не можна забронювати онлайн. Виберіть справу зі списку або зверніться до Інформаційного пункту.',
    'booking.field.nameRequired': 'Введіть ім’я та прізвище.',
    'booking.field.nameTooLong':
      'Ім’я та прізвище може містити не більше {max, plural, one {# символу} few {# символів} many {# символів} other {# символу}}.',
    'booking.field.emailRequired': 'Введіть адресу e-mail.',
    'booking.field.emailFormat': 'Введіть адресу e-mail у правильному форматі, напр. name@example.com.',
    'booking.field.emailTooLong': 'Адреса e-mail задовга. Введіть коротшу адресу.',
    'booking.field.phoneRequired': 'Введіть номер телефону.',
    'booking.field.phoneFormat':
      'Введіть повний номер телефону: польський, напр. 600 123 456, або іншої країни разом з її кодом, напр. +380 67 123 4567.',
    'booking.field.contactRequired': 'Введіть адресу e-mail або номер телефону, щоб ми могли підтвердити візит.',
    'booking.manage.notFound': 'Бронювання з цим кодом не знайдено. Перевірте код у листі.',
    'booking.manage.linkReplaced':
      'Час цього візиту перенесено, тому це посилання більше не діє. Скористайтеся посиланням з останнього листа: у ньому актуальний час.',
    'booking.manage.linkCancelled': 'Цей візит скасовано, тому це посилання більше не діє. Якщо хочете прийти, забронюйте новий візит.',
    'booking.manage.alreadyCancelled': 'Цей візит уже скасовано.',
    'booking.manage.checkedIn': 'Цей візит уже відбувся або триває зараз.',
    'booking.manage.noShow': 'Час цього візиту минув, а візит не відбувся. Забронюйте новий час.',
    'booking.manage.visitStarted': 'Час цього візиту вже настав, тому його не можна змінити чи скасувати.',
    'booking.refusal.dayInPast': 'Цей день уже минув. Виберіть день, починаючи з сьогодні.',
    'booking.refusal.beyondHorizon': 'Візит можна забронювати не пізніше ніж на {lastDate}. Виберіть раніший день.',
    'booking.refusal.tooSoon': 'Цей час надто близький. Найраніший можливий час — {earliest}.',
    'booking.refusal.slotNotOffered': 'Цей час недоступний для бронювання. Виберіть час зі списку.',
    'booking.refusal.alreadyBooked':
      'У вас уже є заброньований візит у цій справі. Ви можете перенести або скасувати його за посиланням із підтвердження.',
    'booking.refusal.dayFull': 'На цей день вільного часу вже немає. Виберіть інший день.',
    'booking.refusal.slotTaken': 'Цей час щойно зайняли. Виберіть інший.',
    'booking.refusal.emailDailyCap':
      'З цієї адреси e-mail сьогодні вже забронювали {cap, plural, one {# візит} few {# візити} many {# візитів} other {# візиту}}. Спробуйте завтра або зателефонуйте до Інформаційного пункту.',
    'booking.manage.linkInvalid':
      'Це посилання на бронювання недійсне. Скористайтеся посиланням з листа або зверніться до Інформаційного пункту.',
    'booking.manage.linkExpired':
      'Термін дії цього посилання на бронювання минув: воно діє до наступного дня після візиту, а цей візит уже минув.',
  },
});
