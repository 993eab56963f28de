import { defineCatalog } from '../catalog.ts';

/**
 * The anti-bot step of public forms: the question in words (without JavaScript), the proof-of-work
 * widget's labels (with it), and why a proof was refused. `antiBot.widget.*` are the ALTCHA widget's
 * own strings, handed to it by the client script so it speaks the page's language.
 */
export default defineCatalog({
  pl: {
    'antiBot.legend': 'Sprawdzenie, że formularz wysyła człowiek',
    'antiBot.hint': 'Wpisz wynik cyframi lub słowami.',
    'antiBot.automatic': 'Sprawdzamy to automatycznie, nic nie musisz robić. Poczekaj, aż pojawi się napis „Sprawdzono”.',
    'antiBot.error.missing':
      'Odpowiedz na pytanie sprawdzające albo poczekaj, aż sprawdzenie się zakończy, i wyślij formularz jeszcze raz.',
    'antiBot.error.wrong': 'Odpowiedź jest nieprawidłowa. Przeczytaj pytanie jeszcze raz i wpisz wynik cyframi lub słowami.',
    'antiBot.error.expired':
      'Czas na sprawdzenie minął. Odpowiedz na nowe pytanie albo poczekaj na ponowne sprawdzenie i wyślij formularz jeszcze raz.',
    'antiBot.error.used':
      'To sprawdzenie zostało już wykorzystane. Odpowiedz na nowe pytanie albo poczekaj na ponowne sprawdzenie i wyślij formularz jeszcze raz.',
    'antiBot.error.invalid':
      'Nie udało się sprawdzić, że formularz wysyła człowiek. Poczekaj na ponowne sprawdzenie i wyślij formularz jeszcze raz.',
    'antiBot.widget.label': 'Nie jestem robotem',
    'antiBot.widget.verify': 'Sprawdź',
    'antiBot.widget.verifying': 'Sprawdzanie…',
    'antiBot.widget.verified': 'Sprawdzono',
    'antiBot.widget.waitAlert': 'Trwa sprawdzanie, proszę czekać.',
    'antiBot.widget.verificationRequired': 'Poczekaj na zakończenie sprawdzania.',
    'antiBot.widget.expired': 'Sprawdzenie wygasło. Sprawdzamy ponownie.',
    'antiBot.widget.error': 'Sprawdzenie nie powiodło się. Odpowiedz na pytanie poniżej.',
    'antiBot.widget.loading': 'Ładowanie…',
    'antiBot.widget.reload': 'Spróbuj ponownie',
    'antiBot.widget.cancel': 'Anuluj',
  },
  en: {
    'antiBot.legend': 'Checking that a person sends this form',
    'antiBot.hint': 'Type the result in digits or in words.',
    'antiBot.automatic': 'This is checked automatically; you need to do nothing. Wait until it says “Checked”.',
    'antiBot.error.missing': 'Answer the check question, or wait until the check has finished, and send the form again.',
    'antiBot.error.wrong': 'The answer is not right. Read the question again and type the result in digits or in words.',
    'antiBot.error.expired':
      'The time for the check has run out. Answer the new question, or wait for the new check and send the form again.',
    'antiBot.error.used': 'This check has already been used. Answer the new question, or wait for the new check and send the form again.',
    'antiBot.error.invalid': 'We could not check that a person sends this form. Wait for the new check and send the form again.',
    'antiBot.widget.label': 'I am not a robot',
    'antiBot.widget.verify': 'Check',
    'antiBot.widget.verifying': 'Checking…',
    'antiBot.widget.verified': 'Checked',
    'antiBot.widget.waitAlert': 'Checking, please wait.',
    'antiBot.widget.verificationRequired': 'Wait until the check has finished.',
    'antiBot.widget.expired': 'The check has expired. Checking again.',
    'antiBot.widget.error': 'The check failed. Answer the question below.',
    'antiBot.widget.loading': 'Loading…',
    'antiBot.widget.reload': 'Try again',
    'antiBot.widget.cancel': 'Cancel',
  },
  uk: {
    'antiBot.legend': 'Перевірка, що форму надсилає людина',
    'antiBot.hint': 'Введіть результат цифрами або словами.',
    'antiBot.automatic': 'Ми перевіряємо це автоматично, вам нічого не потрібно робити. Зачекайте, доки з’явиться напис «Перевірено».',
    'antiBot.error.missing':
      'Дайте відповідь на перевірочне запитання або зачекайте, доки перевірка завершиться, і надішліть форму ще раз.',
    'antiBot.error.wrong': 'Відповідь неправильна. Прочитайте запитання ще раз і введіть результат цифрами або словами.',
    'antiBot.error.expired':
      'Час на перевірку минув. Дайте відповідь на нове запитання або зачекайте на нову перевірку й надішліть форму ще раз.',
    'antiBot.error.used':
      'Цю перевірку вже використано. Дайте відповідь на нове запитання або зачекайте на нову перевірку й надішліть форму ще раз.',
    'antiBot.error.invalid': 'Не вдалося перевірити, що форму надсилає людина. Зачекайте на нову перевірку й надішліть форму ще раз.',
    'antiBot.widget.label': 'Я не робот',
    'antiBot.widget.verify': 'Перевірити',
    'antiBot.widget.verifying': 'Перевірка…',
    'antiBot.widget.verified': 'Перевірено',
    'antiBot.widget.waitAlert': 'Триває перевірка, зачекайте.',
    'antiBot.widget.verificationRequired': 'Зачекайте, доки перевірка завершиться.',
    'antiBot.widget.expired': 'Термін перевірки минув. Перевіряємо знову.',
    'antiBot.widget.error': 'Перевірка не вдалася. Дайте відповідь на запитання нижче.',
    'antiBot.widget.loading': 'Завантаження…',
    'antiBot.widget.reload': 'Спробувати ще раз',
    'antiBot.widget.cancel': 'Скасувати',
  },
});
