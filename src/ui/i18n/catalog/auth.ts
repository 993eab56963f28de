import { defineCatalog } from '../catalog.ts';

/** Logging in and out, the account page, the roles' start pages, staff accounts. */
export default defineCatalog({
  pl: {
    'auth.login.title': 'Logowanie pracownika',
    'auth.login.intro': 'Zaloguj się loginem i hasłem nadanym przez administratora systemu.',
    'auth.login.login': 'Login',
    'auth.login.password': 'Hasło',
    'auth.login.submit': 'Zaloguj się',
    'auth.login.forgotten': 'Nie pamiętasz hasła? Poproś administratora systemu o nadanie nowego.',
    'auth.login.failed': 'Nieprawidłowy login lub hasło',
    'auth.login.throttled':
      'Zbyt wiele nieudanych prób logowania na ten login z tego komputera. Spróbuj ponownie za {minutes, plural, one {# minutę} few {# minuty} many {# minut} other {# minuty}}.',
    'auth.login.directoryUnavailable':
      'Nie udało się połączyć z katalogiem urzędu (LDAP), więc nie można teraz sprawdzić hasła konta z katalogu. Spróbuj ponownie za kilka minut; jeśli to nie pomoże, zgłoś to administratorowi systemu. Konta lokalne (np. administratora) działają.',
    'auth.login.noRole':
      'Hasło jest prawidłowe, ale Twoje konto w katalogu urzędu nie należy do żadnej grupy z dostępem do systemu obsługi klientów. Poproś administratora systemu o dodanie do właściwej grupy.',
    'auth.logout.done': 'Wylogowano. Do zobaczenia!',
    'auth.password.title': 'Zmiana hasła',
    'auth.password.current': 'Obecne hasło',
    'auth.password.new': 'Nowe hasło',
    'auth.password.newHint':
      'Co najmniej {min, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}; inne niż login i obecne hasło. Najłatwiej zapamiętać kilka słów.',
    'auth.password.repeat': 'Powtórz nowe hasło',
    'auth.password.submit': 'Zmień hasło',
    'auth.password.otherSessions': 'Po zmianie hasła zostaniesz wylogowany na wszystkich innych urządzeniach.',
    'auth.password.changed': 'Hasło zostało zmienione. Inne sesje tego konta zostały zakończone.',
    'auth.password.tooShort': 'Hasło musi mieć co najmniej {min, plural, one {# znak} few {# znaki} many {# znaków} other {# znaku}}.',
    'auth.password.sameAsLogin': 'Hasło nie może być takie samo jak login.',
    'auth.password.sameAsCurrent': 'Nowe hasło musi być inne niż obecne.',
    'auth.password.repeatMismatch': 'Powtórzone hasło różni się od nowego hasła.',
    'auth.password.currentWrong': 'Obecne hasło jest nieprawidłowe.',
    'auth.account.loginTaken': 'Ten login jest już zajęty.',
    'auth.account.loginFormat': 'Login może mieć od 3 do 40 znaków: małe litery bez polskich znaków, cyfry, kropka, minus lub podkreślnik.',
    'auth.account.unknownRole':
      'Nieznana rola. Dostępne: admin, clerk, information_point, unit_head, city_secretary, register_keeper, contact_centre, auditor.',
    'auth.account.unknownUnit': 'Nie ma komórki organizacyjnej o takim kodzie.',
    'start.today': 'Dziś jest {date}.',
    'start.now': 'Co możesz zrobić teraz',
    'start.account': 'Zmień swoje hasło',
    'start.later': 'W kolejnych wersjach',
    'start.clerk.title': 'Stanowisko obsługi klienta',
    'start.informationPoint.title': 'Punkt Informacyjny',
    'start.informationPoint.later':
      'Wyszukiwarka spraw, wydawanie biletów za klienta, zgłoszenia szczególnych potrzeb, rejestr połączeń z tłumaczem PJM i przyjmowanie wniosków o wizytę w domu pojawią się w kolejnych wersjach systemu.',
    'start.unitHead.title': 'Kierownik komórki',
    'start.unitHead.later':
      'Skrzynka wniosków komórki (wizyty w domu klienta, wezwania na parter), plan stanowisk i statystyki pojawią się w kolejnych wersjach systemu.',
    'start.citySecretary.title': 'Sekretarz Miasta',
    'start.citySecretary.later': 'Udzielanie i odmowa upoważnień do czynności poza siedzibą urzędu pojawią się w kolejnej wersji systemu.',
    'start.registerKeeper.title': 'Rejestr upoważnień',
    'start.registerKeeper.later': 'Rejestr upoważnień prowadzony przez BNOiC pojawi się w kolejnej wersji systemu.',
    'start.contactCentre.title': 'Centrum Kontaktów z Mieszkańcami',
    'start.contactCentre.later':
      'Zgłoszenia problemów ze strony internetowej, skargi i komunikaty pojawią się w kolejnych wersjach systemu.',
  },
  en: {
    'auth.login.title': 'Staff login',
    'auth.login.intro': 'Log in with the login and password you were given by the system administrator.',
    'auth.login.login': 'Login',
    'auth.login.password': 'Password',
    'auth.login.submit': 'Log in',
    'auth.login.forgotten': 'Forgotten your password? Ask the system administrator for a new one.',
    'auth.login.failed': 'Incorrect login or password',
    'auth.login.throttled':
      'Too many failed attempts to log in with this login from this computer. Try again in {minutes, plural, one {# minute} other {# minutes}}.',
    'auth.login.directoryUnavailable':
      'The office directory (LDAP) could not be reached, so the password of a directory account cannot be checked now. Try again in a few minutes; if that does not help, tell the system administrator. Local accounts (such as the administrator’s) still work.',
    'auth.login.noRole':
      'The password is right, but your directory account is in no group with access to Okienko. Ask the system administrator to add you to the right group.',
    'auth.logout.done': 'You have logged out. See you soon!',
    'auth.password.title': 'Change password',
    'auth.password.current': 'Current password',
    'auth.password.new': 'New password',
    'auth.password.newHint':
      'At least {min, plural, one {# character} other {# characters}}; not your login nor your current password. A few words are easiest to remember.',
    'auth.password.repeat': 'Repeat the new password',
    'auth.password.submit': 'Change password',
    'auth.password.otherSessions': 'After the change you will be logged out on every other device.',
    'auth.password.changed': 'Your password has been changed. Other sessions of this account have been ended.',
    'auth.password.tooShort': 'The password must have at least {min, plural, one {# character} other {# characters}}.',
    'auth.password.sameAsLogin': 'The password cannot be the same as the login.',
    'auth.password.sameAsCurrent': 'The new password must be different from the current one.',
    'auth.password.repeatMismatch': 'The repeated password does not match the new password.',
    'auth.password.currentWrong': 'The current password is incorrect.',
    'auth.account.loginTaken': 'This login is already taken.',
    'auth.account.loginFormat': 'A login has 3 to 40 characters: lower-case letters without diacritics, digits, dot, hyphen or underscore.',
    'auth.account.unknownRole':
      'Unknown role. Available: admin, clerk, information_point, unit_head, city_secretary, register_keeper, contact_centre, auditor.',
    'auth.account.unknownUnit': 'There is no unit with this code.',
    'start.today': 'Today is {date}.',
    'start.now': 'What you can do now',
    'start.account': 'Change your password',
    'start.later': 'In later versions',
    'start.clerk.title': 'Customer service desk',
    'start.informationPoint.title': 'Information Point',
    'start.informationPoint.later':
      'The service finder, issuing tickets for clients, special-needs requests, the sign-language interpreter log and home-visit requests arrive in later versions of the system.',
    'start.unitHead.title': 'Head of unit',
    'start.unitHead.later':
      "The unit's inbox of requests (home visits, ground-floor calls), the desk plan and statistics arrive in later versions of the system.",
    'start.citySecretary.title': 'City Secretary',
    'start.citySecretary.later':
      'Granting and refusing authorisations for official acts outside the office arrives in the next version of the system.',
    'start.registerKeeper.title': 'Register of authorisations',
    'start.registerKeeper.later':
      'The register of authorisations kept by the supervision office arrives in the next version of the system.',
    'start.contactCentre.title': "Residents' Contact Centre",
    'start.contactCentre.later': 'Problem reports from the website, complaints and announcements arrive in later versions of the system.',
  },
  uk: {
    'auth.login.title': 'Вхід для працівників',
    'auth.login.intro': 'Увійдіть за логіном і паролем, які надав адміністратор системи.',
    'auth.login.login': 'Логін',
    'auth.login.password': 'Пароль',
    'auth.login.submit': 'Увійти',
    'auth.login.forgotten': 'Забули пароль? Попросіть адміністратора системи надати новий.',
    'auth.login.failed': 'Неправильний логін або пароль',
    'auth.login.throttled':
      'Забагато невдалих спроб увійти з цим логіном з цього комп’ютера. Спробуйте ще раз через {minutes, plural, one {# хвилину} few {# хвилини} many {# хвилин} other {# хвилини}}.',
    'auth.login.directoryUnavailable':
      'Не вдалося з’єднатися з каталогом установи (LDAP), тому зараз неможливо перевірити пароль облікового запису з каталогу. Спробуйте ще раз за кілька хвилин; якщо це не допоможе, повідомте адміністратора системи. Локальні облікові записи (наприклад, адміністратора) працюють.',
    'auth.login.noRole':
      'Пароль правильний, але ваш обліковий запис у каталозі установи не входить до жодної групи з доступом до Okienko. Попросіть адміністратора системи додати вас до відповідної групи.',
    'auth.logout.done': 'Ви вийшли з системи. До зустрічі!',
    'auth.password.title': 'Зміна пароля',
    'auth.password.current': 'Поточний пароль',
    'auth.password.new': 'Новий пароль',
    'auth.password.newHint':
      "Щонайменше {min, plural, one {# символ} few {# символи} many {# символів} other {# символу}}; не такий, як логін чи поточний пароль. Кілька слів запам'ятати найлегше.",
    'auth.password.repeat': 'Повторіть новий пароль',
    'auth.password.submit': 'Змінити пароль',
    'auth.password.otherSessions': 'Після зміни пароля вас буде виведено з системи на всіх інших пристроях.',
    'auth.password.changed': 'Пароль змінено. Інші сеанси цього облікового запису завершено.',
    'auth.password.tooShort':
      'Пароль повинен мати щонайменше {min, plural, one {# символ} few {# символи} many {# символів} other {# символу}}.',
    'auth.password.sameAsLogin': 'Пароль не може збігатися з логіном.',
    'auth.password.sameAsCurrent': 'Новий пароль має відрізнятися від поточного.',
    'auth.password.repeatMismatch': 'Повторений пароль не збігається з новим паролем.',
    'auth.password.currentWrong': 'Поточний пароль неправильний.',
    'auth.account.loginTaken': 'Цей логін уже зайнятий.',
    'auth.account.loginFormat': 'Логін має від 3 до 40 символів: малі латинські літери, цифри, крапка, дефіс або підкреслення.',
    'auth.account.unknownRole':
      'Невідома роль. Доступні: admin, clerk, information_point, unit_head, city_secretary, register_keeper, contact_centre, auditor.',
    'auth.account.unknownUnit': 'Немає підрозділу з таким кодом.',
    'start.today': 'Сьогодні {date}.',
    'start.now': 'Що ви можете зробити зараз',
    'start.account': 'Змінити свій пароль',
    'start.later': 'У наступних версіях',
    'start.clerk.title': 'Віконце обслуговування клієнтів',
    'start.informationPoint.title': 'Інформаційний пункт',
    'start.informationPoint.later':
      "Пошук справ, видача талонів за клієнта, запити щодо особливих потреб, журнал сеансів із перекладачем жестової мови та прийом заявок на візит додому з'являться в наступних версіях системи.",
    'start.unitHead.title': 'Керівник підрозділу',
    'start.unitHead.later':
      "Скринька заявок підрозділу (візити додому, виклики на партер), план віконець і статистика з'являться в наступних версіях системи.",
    'start.citySecretary.title': 'Секретар міста',
    'start.citySecretary.later': "Надання та відмова в дорученнях на дії поза будівлями установи з'являться в наступній версії системи.",
    'start.registerKeeper.title': 'Реєстр доручень',
    'start.registerKeeper.later':
      "Реєстр доручень, який веде Бюро організаційного нагляду та цифровізації, з'явиться в наступній версії системи.",
    'start.contactCentre.title': 'Центр контактів з мешканцями',
    'start.contactCentre.later': "Повідомлення про проблеми з вебсайту, скарги та оголошення з'являться в наступних версіях системи.",
  },
});
