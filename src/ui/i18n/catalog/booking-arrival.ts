import { defineCatalog } from '../catalog.ts';

/** Arriving with a booking: the kiosk's "Mam rezerwację" screen, its refusals, and the booked time on a ticket. */
export default defineCatalog({
  pl: {
    'bookingArrival.page.title': 'Mam rezerwację',
    'bookingArrival.page.lead': 'Zeskanuj kod QR z potwierdzenia rezerwacji w czytniku biletomatu albo wpisz kod rezerwacji.',
    'bookingArrival.page.scan': 'Kod QR jest w wiadomości e-mail z potwierdzeniem. Po zeskanowaniu bilet pojawi się sam.',
    'bookingArrival.page.noCode': 'Nie masz kodu? Zapytaj w Punkcie Informacyjnym albo weź zwykły bilet.',
    'bookingArrival.page.submit': 'Pobierz bilet',
    'bookingArrival.page.regularTicket': 'Weź zwykły bilet',
    'bookingArrival.field.code': 'Kod rezerwacji',
    'bookingArrival.field.codeHint': '8 liter i cyfr, np. K7QX-3M9P. Kreska i wielkość liter nie mają znaczenia.',
    'bookingArrival.field.codeRequired': 'Wpisz kod rezerwacji.',
    'bookingArrival.field.codeFormat':
      'Kod rezerwacji ma 8 liter i cyfr, np. K7QX-3M9P. Sprawdź kod w potwierdzeniu i wpisz go jeszcze raz.',
    'bookingArrival.refusal.unknownCode': 'Nie znaleźliśmy rezerwacji o tym kodzie. Sprawdź kod w potwierdzeniu i wpisz go jeszcze raz.',
    'bookingArrival.refusal.title': 'Nie możemy wydać biletu do rezerwacji',
    'bookingArrival.refusal.tooEarly':
      '{sameDay, select, yes {Jest za wcześnie. Twoja wizyta jest o {time}. Wróć do biletomatu od {opensAt}.} other {Twoja wizyta jest {day} o {time}. Wróć do biletomatu tego dnia od {opensAt}.}}',
    'bookingArrival.refusal.tooLate':
      'Czas na zgłoszenie się na wizytę ({day}, {time}) minął. Weź zwykły bilet do swojej sprawy albo zapytaj w Punkcie Informacyjnym.',
    'bookingArrival.refusal.cancelled': 'Ta rezerwacja została odwołana. Weź zwykły bilet do swojej sprawy albo zarezerwuj nowy termin.',
    'bookingArrival.refusal.alreadyCheckedIn':
      '{number, select, none {Ta rezerwacja została już zgłoszona. Zapytaj w Punkcie Informacyjnym.} other {Ta rezerwacja została już zgłoszona. Twój numer to {number}: czekaj na wywołanie.}}',
    'bookingArrival.refusal.tooManyCodes':
      'W tym biletomacie wpisano zbyt wiele błędnych kodów. Spróbuj ponownie za kilka minut albo zapytaj w Punkcie Informacyjnym.',
    'bookingArrival.refusal.retry': 'Wpisz kod jeszcze raz',
    'bookingArrival.ticket.visit': 'Rezerwacja',
    'bookingArrival.ticket.visitAt': 'Wizyta o {time}',
    'bookingArrival.ticket.onTime': 'Twój numer zostanie wywołany w czasie Twojej wizyty.',
    'bookingArrival.ticket.late': 'Czas Twojej wizyty minął, więc ten bilet czeka w kolejce jak zwykły bilet.',
  },
  en: {
    'bookingArrival.page.title': 'I have a booking',
    'bookingArrival.page.lead':
      'Scan the QR code from your booking confirmation at the ticket machine’s reader, or type your booking code.',
    'bookingArrival.page.scan': 'The QR code is in your confirmation e-mail. Once it is scanned, your ticket appears by itself.',
    'bookingArrival.page.noCode': 'No code? Ask at the Information Point or take a regular ticket.',
    'bookingArrival.page.submit': 'Get my ticket',
    'bookingArrival.page.regularTicket': 'Take a regular ticket',
    'bookingArrival.field.code': 'Booking code',
    'bookingArrival.field.codeHint': '8 letters and digits, like K7QX-3M9P. The dash and capital letters do not matter.',
    'bookingArrival.field.codeRequired': 'Enter your booking code.',
    'bookingArrival.field.codeFormat':
      'A booking code has 8 letters and digits, like K7QX-3M9P. Check the code in your confirmation and type it again.',
    'bookingArrival.refusal.unknownCode':
      'We could not find a booking with this code. Check the code in your confirmation and type it again.',
    'bookingArrival.refusal.title': 'We cannot issue a ticket for this booking',
    'bookingArrival.refusal.tooEarly':
      '{sameDay, select, yes {It is too early. Your visit is at {time}. Come back to the ticket machine from {opensAt}.} other {Your visit is on {day} at {time}. Come back to the ticket machine that day from {opensAt}.}}',
    'bookingArrival.refusal.tooLate':
      'The time to check in for your visit ({day}, {time}) has passed. Take a regular ticket for your service or ask at the Information Point.',
    'bookingArrival.refusal.cancelled': 'This booking has been cancelled. Take a regular ticket for your service or book a new time.',
    'bookingArrival.refusal.alreadyCheckedIn':
      '{number, select, none {This booking has already been checked in. Ask at the Information Point.} other {This booking has already been checked in. Your number is {number}: wait to be called.}}',
    'bookingArrival.refusal.tooManyCodes':
      'Too many wrong codes have been typed at this ticket machine. Try again in a few minutes or ask at the Information Point.',
    'bookingArrival.refusal.retry': 'Type the code again',
    'bookingArrival.ticket.visit': 'Booking',
    'bookingArrival.ticket.visitAt': 'Visit at {time}',
    'bookingArrival.ticket.onTime': 'Your number will be called at the time of your visit.',
    'bookingArrival.ticket.late': 'The time of your visit has passed, so this ticket waits in the queue like a regular ticket.',
  },
  uk: {
    'bookingArrival.page.title': 'У мене є бронювання',
    'bookingArrival.page.lead': 'Відскануйте QR-код із підтвердження бронювання в зчитувачі термінала або введіть код бронювання.',
    'bookingArrival.page.scan': 'QR-код є в електронному листі з підтвердженням. Після сканування талон з’явиться сам.',
    'bookingArrival.page.noCode': 'Немає коду? Запитайте в Інформаційному пункті або візьміть звичайний талон.',
    'bookingArrival.page.submit': 'Отримати талон',
    'bookingArrival.page.regularTicket': 'Взяти звичайний талон',
    'bookingArrival.field.code': 'Код бронювання',
    'bookingArrival.field.codeHint': '8 літер і цифр, наприклад K7QX-3M9P. Дефіс і великі літери не мають значення.',
    'bookingArrival.field.codeRequired': 'Введіть код бронювання.',
    'bookingArrival.field.codeFormat':
      'Код бронювання має 8 літер і цифр, наприклад K7QX-3M9P. Перевірте код у підтвердженні та введіть його ще раз.',
    'bookingArrival.refusal.unknownCode': 'Ми не знайшли запису з цим кодом. Перевірте код у підтвердженні та введіть його ще раз.',
    'bookingArrival.refusal.title': 'Ми не можемо видати талон за цим записом',
    'bookingArrival.refusal.tooEarly':
      '{sameDay, select, yes {Ще зарано. Ваш візит о {time}. Поверніться до терміналу з {opensAt}.} other {Ваш візит {day} о {time}. Поверніться до терміналу того дня з {opensAt}.}}',
    'bookingArrival.refusal.tooLate':
      'Час для реєстрації на візит ({day}, {time}) минув. Візьміть звичайний талон на свою справу або запитайте в Інформаційному пункті.',
    'bookingArrival.refusal.cancelled': 'Це бронювання скасовано. Візьміть звичайний талон на свою справу або забронюйте новий час.',
    'bookingArrival.refusal.alreadyCheckedIn':
      '{number, select, none {Цей запис уже зареєстровано. Запитайте в Інформаційному пункті.} other {Цей запис уже зареєстровано. Ваш номер {number}: чекайте на виклик.}}',
    'bookingArrival.refusal.tooManyCodes':
      'У цьому терміналі введено забагато неправильних кодів. Спробуйте ще раз за кілька хвилин або запитайте в Інформаційному пункті.',
    'bookingArrival.refusal.retry': 'Ввести код ще раз',
    'bookingArrival.ticket.visit': 'Запис',
    'bookingArrival.ticket.visitAt': 'Візит о {time}',
    'bookingArrival.ticket.onTime': 'Ваш номер викличуть у час вашого візиту.',
    'bookingArrival.ticket.late': 'Час вашого візиту минув, тому цей талон чекає в черзі як звичайний.',
  },
});
