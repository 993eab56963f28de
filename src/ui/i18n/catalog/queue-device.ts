import { defineCatalog } from '../catalog.ts';

/** The device login of kiosks and boards. */
export default defineCatalog({
  pl: {
    'queue.device.title': 'Logowanie urządzenia',
    'queue.device.intro':
      'Ta strona włącza na tym ekranie biletomat albo tablicę. Kod urządzenia podaje administrator przy rejestrowaniu urządzenia.',
    'queue.device.token': 'Kod urządzenia',
    'queue.device.tokenHint': 'Długi kod z liter i cyfr, pokazany raz na stronie Urządzenia.',
    'queue.device.submit': 'Włącz urządzenie',
    'queue.device.tokenMissing': 'Wpisz kod urządzenia.',
    'queue.device.tokenWrong': 'Nie znamy takiego kodu biletomatu ani tablicy albo urządzenie wycofano. Sprawdź kod u administratora.',
  },
  en: {
    'queue.device.title': 'Device login',
    'queue.device.intro':
      'This page turns this screen into a ticket machine or a board. The administrator gets the device code when registering the device.',
    'queue.device.token': 'Device code',
    'queue.device.tokenHint': 'A long code of letters and digits, shown once on the Devices page.',
    'queue.device.submit': 'Start the device',
    'queue.device.tokenMissing': 'Enter the device code.',
    'queue.device.tokenWrong':
      'We do not know this ticket machine or board code, or the device was withdrawn. Check the code with the administrator.',
  },
  uk: {
    'queue.device.title': 'Вхід пристрою',
    'queue.device.intro':
      'Ця сторінка вмикає на цьому екрані термінал талонів або табло. Код пристрою адміністратор отримує під час реєстрації пристрою.',
    'queue.device.token': 'Код пристрою',
    'queue.device.tokenHint': 'Довгий код з літер і цифр, показаний один раз на сторінці «Пристрої».',
    'queue.device.submit': 'Увімкнути пристрій',
    'queue.device.tokenMissing': 'Введіть код пристрою.',
    'queue.device.tokenWrong': 'Такого коду термінала чи табло немає або пристрій відкликано. Перевірте код в адміністратора.',
  },
});
