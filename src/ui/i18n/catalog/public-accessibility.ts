import { defineCatalog } from '../catalog.ts';

/**
 * The accessibility statement (deklaracja dostępności), with the sections the act of 4 April 2019 on the
 * digital accessibility of websites and mobile apps of public bodies requires.
 */
export default defineCatalog({
  pl: {
    'public.a11y.title': 'Deklaracja dostępności',
    'public.a11y.intro':
      '{office} zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych.',
    'public.a11y.scope': 'Deklaracja dotyczy strony {site} — godzin otwarcia, spraw do załatwienia, kolejki i rezerwacji wizyt.',
    'public.a11y.dates': 'Daty publikacji i aktualizacji',
    'public.a11y.published': 'Data publikacji strony internetowej',
    'public.a11y.updated': 'Data ostatniej istotnej aktualizacji',
    'public.a11y.notGiven': 'nie podano',
    'public.a11y.status': 'Stan dostępności cyfrowej',
    'public.a11y.status.full': 'Strona internetowa jest w pełni zgodna z ustawą o dostępności cyfrowej.',
    'public.a11y.status.partial':
      'Strona internetowa jest częściowo zgodna z ustawą o dostępności cyfrowej z powodu niezgodności wymienionych poniżej.',
    'public.a11y.status.none':
      'Strona internetowa jest niezgodna z ustawą o dostępności cyfrowej z powodu niezgodności wymienionych poniżej.',
    'public.a11y.inaccessible': 'Treści niedostępne',
    'public.a11y.inaccessibleNone': 'Nie znamy treści niedostępnych. Jeśli trafisz na taką, napisz do nas.',
    'public.a11y.preparation': 'Przygotowanie deklaracji',
    'public.a11y.prepared': 'Deklarację sporządzono dnia {date} na podstawie samooceny przeprowadzonej przez urząd.',
    'public.a11y.reviewed': 'Ostatni przegląd i aktualizacja deklaracji: {date}.',
    'public.a11y.keyboard': 'Stronę można obsługiwać samą klawiaturą; działa bez JavaScriptu i przy powiększeniu tekstu do 200%.',
    'public.a11y.feedback': 'Informacje zwrotne i dane kontaktowe',
    'public.a11y.feedbackText':
      'Jeśli masz problem z dostępnością tej strony, napisz lub zadzwoń. Tą samą drogą złożysz wniosek o udostępnienie informacji niedostępnej albo żądanie zapewnienia dostępności.',
    'public.a11y.contactPerson': 'Kontakt w sprawie dostępności',
    'public.a11y.email': 'E-mail',
    'public.a11y.phone': 'Telefon',
    'public.a11y.procedure': 'Procedura wnioskowo-skargowa',
    'public.a11y.procedure.request':
      'Każdy może zażądać, by strona, aplikacja lub ich część stały się dostępne cyfrowo, albo by udostępnić mu informację w inny sposób, np. odczytać dokument lub opisać film. W żądaniu podaj swoje dane kontaktowe, wskaż stronę lub jej element i — jeśli chcesz informacji w innej formie — napisz, jaka forma Ci odpowiada.',
    'public.a11y.procedure.deadline': 'Urząd spełnia żądanie niezwłocznie, najpóźniej w ciągu 7 dni od jego złożenia.',
    'public.a11y.procedure.extension':
      'Jeśli nie zdąży, od razu poinformuje Cię, kiedy to zrobi — nie później niż w ciągu 2 miesięcy od złożenia żądania. Gdy zapewnienie dostępności nie jest możliwe, urząd zaproponuje inny sposób dostępu do informacji.',
    'public.a11y.procedure.complaint':
      'Jeśli urząd odmówi albo nie dotrzyma terminu, możesz złożyć skargę do urzędu (na adres podany wyżej).',
    'public.a11y.procedure.ombudsman': 'Po wyczerpaniu tej procedury możesz złożyć wniosek do Rzecznika Praw Obywatelskich.',
    'public.a11y.architecture': 'Dostępność architektoniczna',
    'public.a11y.building.groundFloor.yes': 'Wejście i parter są dostępne dla osób poruszających się na wózku.',
    'public.a11y.building.groundFloor.no':
      'Wejście lub parter nie są w pełni dostępne dla osób poruszających się na wózku; poproś o pomoc przez telefon przed wizytą.',
    'public.a11y.building.lift.yes': 'W budynku jest winda.',
    'public.a11y.building.lift.no':
      'W budynku nie ma windy. Sprawę z wyższego piętra załatwimy z Tobą na parterze — powiedz o tym w Punkcie Informacyjnym.',
    'public.a11y.building.floors':
      'Budynek ma {count, plural, one {# kondygnację} few {# kondygnacje} many {# kondygnacji} other {# kondygnacji}} nad ziemią.',
    'public.a11y.building.parking.yes': 'Przy budynku są miejsca parkingowe dla osób z niepełnosprawnościami.',
    'public.a11y.building.parking.no': 'Przy budynku nie ma wyznaczonych miejsc parkingowych dla osób z niepełnosprawnościami.',
    'public.a11y.building.toilet.yes': 'W budynku jest toaleta dostosowana do potrzeb osób z niepełnosprawnościami.',
    'public.a11y.building.toilet.no': 'W budynku nie ma toalety dostosowanej do potrzeb osób z niepełnosprawnościami.',
    'public.a11y.building.loop.yes': 'Przy części stanowisk działa pętla indukcyjna.',
    'public.a11y.building.loop.no': 'W budynku nie ma pętli indukcyjnej.',
    'public.a11y.building.dogs': 'Do budynku możesz wejść z psem asystującym, także z psem przewodnikiem.',
    'public.a11y.building.notes': 'Szczegóły',
    'public.a11y.signLanguage': 'Tłumacz języka migowego',
    'public.a11y.signLanguage.video':
      '{building}, {street}: w Punkcie Informacyjnym działa wideotłumacz polskiego języka migowego (PJM). Nie trzeba się umawiać — możesz z niego skorzystać w godzinach pracy urzędu.',
    'public.a11y.signLanguage.none':
      'Urząd nie zapewnia obecnie tłumacza języka migowego na miejscu. Napisz do nas, a umówimy tłumacza na Twoją wizytę.',
    'public.a11y.apps': 'Aplikacje mobilne',
    'public.a11y.apps.none': 'Urząd nie udostępnia aplikacji mobilnych. Ta strona działa w przeglądarce telefonu.',
    'public.a11y.notesInPolish': 'Szczegóły podajemy po polsku.',
  },
  en: {
    'public.a11y.title': 'Accessibility statement',
    'public.a11y.intro':
      '{office} is committed to making its website accessible in accordance with the Polish Act of 4 April 2019 on the digital accessibility of websites and mobile applications of public bodies.',
    'public.a11y.scope': 'This statement applies to {site}: opening hours, services, the queue and booking visits.',
    'public.a11y.dates': 'Dates of publication and update',
    'public.a11y.published': 'Date the website was published',
    'public.a11y.updated': 'Date of the last major update',
    'public.a11y.notGiven': 'not given',
    'public.a11y.status': 'Compliance status',
    'public.a11y.status.full': 'This website is fully compliant with the digital accessibility act.',
    'public.a11y.status.partial':
      'This website is partially compliant with the digital accessibility act because of the non-compliances listed below.',
    'public.a11y.status.none':
      'This website is not compliant with the digital accessibility act because of the non-compliances listed below.',
    'public.a11y.inaccessible': 'Content that is not accessible',
    'public.a11y.inaccessibleNone': 'We know of no inaccessible content. If you find any, please write to us.',
    'public.a11y.preparation': 'Preparation of this statement',
    'public.a11y.prepared': 'This statement was prepared on {date}, based on a self-assessment carried out by the city hall.',
    'public.a11y.reviewed': 'The statement was last reviewed and updated on {date}.',
    'public.a11y.keyboard':
      'You can use the whole website with a keyboard alone; it works without JavaScript and with text enlarged to 200%.',
    'public.a11y.feedback': 'Feedback and contact details',
    'public.a11y.feedbackText':
      'If you have a problem with the accessibility of this website, write to us or call. You can use the same contact to ask for inaccessible information or to request accessibility.',
    'public.a11y.contactPerson': 'Accessibility contact',
    'public.a11y.email': 'Email',
    'public.a11y.phone': 'Phone',
    'public.a11y.procedure': 'Requests and complaints',
    'public.a11y.procedure.request':
      'Anyone may request that the website, an app or part of them be made digitally accessible, or that information be provided in another way, for example by reading a document aloud or describing a video. In your request give your contact details, say which page or element it concerns and, if you want the information in another form, which form suits you.',
    'public.a11y.procedure.deadline': 'The city hall fulfils the request without delay, within 7 days at the latest.',
    'public.a11y.procedure.extension':
      'If that is not possible, it tells you at once when it will be done — no later than 2 months after the request. If accessibility cannot be provided, the city hall offers another way to access the information.',
    'public.a11y.procedure.complaint':
      'If the city hall refuses or misses the deadline, you can file a complaint with the city hall (at the contact above).',
    'public.a11y.procedure.ombudsman':
      'After this procedure you can apply to the Commissioner for Human Rights (Rzecznik Praw Obywatelskich).',
    'public.a11y.architecture': 'Physical accessibility',
    'public.a11y.building.groundFloor.yes': 'The entrance and ground floor are accessible by wheelchair.',
    'public.a11y.building.groundFloor.no':
      'The entrance or ground floor is not fully accessible by wheelchair; please call ahead and we will help.',
    'public.a11y.building.lift.yes': 'There is a lift in the building.',
    'public.a11y.building.lift.no':
      'There is no lift. If your matter is dealt with upstairs, we will serve you on the ground floor — tell the Information Point.',
    'public.a11y.building.floors': 'The building has {count, plural, one {# storey} other {# storeys}} above ground.',
    'public.a11y.building.parking.yes': 'There are parking spaces for disabled people by the building.',
    'public.a11y.building.parking.no': 'There are no marked parking spaces for disabled people by the building.',
    'public.a11y.building.toilet.yes': 'There is an accessible toilet in the building.',
    'public.a11y.building.toilet.no': 'There is no accessible toilet in the building.',
    'public.a11y.building.loop.yes': 'An induction loop works at some of the desks.',
    'public.a11y.building.loop.no': 'There is no induction loop in the building.',
    'public.a11y.building.dogs': 'You may enter the building with an assistance dog, including a guide dog.',
    'public.a11y.building.notes': 'Details',
    'public.a11y.signLanguage': 'Sign-language interpreting',
    'public.a11y.signLanguage.video':
      '{building}, {street}: the Information Point has a Polish Sign Language (PJM) video interpreter. No booking is needed — you can use it during the city hall’s opening hours.',
    'public.a11y.signLanguage.none':
      'The city hall has no on-site sign-language interpreter at present. Write to us and we will arrange an interpreter for your visit.',
    'public.a11y.apps': 'Mobile apps',
    'public.a11y.apps.none': 'The city hall does not publish mobile apps. This website works in your phone’s browser.',
    'public.a11y.notesInPolish': 'The details are given in Polish.',
  },
  uk: {
    'public.a11y.title': 'Декларація доступності',
    'public.a11y.intro':
      '{office} зобов’язується забезпечити доступність свого вебсайту відповідно до Закону Польщі від 4 квітня 2019 р. про цифрову доступність вебсайтів і мобільних застосунків публічних органів.',
    'public.a11y.scope': 'Декларація стосується сайту {site}: години роботи, справи, черга та бронювання візиту.',
    'public.a11y.dates': 'Дати публікації та оновлення',
    'public.a11y.published': 'Дата публікації вебсайту',
    'public.a11y.updated': 'Дата останнього суттєвого оновлення',
    'public.a11y.notGiven': 'не вказано',
    'public.a11y.status': 'Стан цифрової доступності',
    'public.a11y.status.full': 'Вебсайт повністю відповідає закону про цифрову доступність.',
    'public.a11y.status.partial': 'Вебсайт частково відповідає закону про цифрову доступність через невідповідності, наведені нижче.',
    'public.a11y.status.none': 'Вебсайт не відповідає закону про цифрову доступність через невідповідності, наведені нижче.',
    'public.a11y.inaccessible': 'Недоступний вміст',
    'public.a11y.inaccessibleNone': 'Нам невідомий недоступний вміст. Якщо ви його знайдете, напишіть нам.',
    'public.a11y.preparation': 'Підготовка декларації',
    'public.a11y.prepared': 'Декларацію складено {date} на основі самооцінки, проведеної міською радою.',
    'public.a11y.reviewed': 'Останній перегляд і оновлення декларації: {date}.',
    'public.a11y.keyboard': 'Сайтом можна користуватися лише з клавіатури; він працює без JavaScript і при збільшенні тексту до 200%.',
    'public.a11y.feedback': 'Зворотний зв’язок і контактні дані',
    'public.a11y.feedbackText':
      'Якщо у вас проблема з доступністю цього сайту, напишіть або зателефонуйте. Так само можна попросити про надання недоступної інформації або вимагати забезпечення доступності.',
    'public.a11y.contactPerson': 'Контакт з питань доступності',
    'public.a11y.email': 'Електронна пошта',
    'public.a11y.phone': 'Телефон',
    'public.a11y.procedure': 'Порядок подання вимог і скарг',
    'public.a11y.procedure.request':
      'Кожен може вимагати, щоб сайт, застосунок або їх частина стали цифрово доступними, або щоб інформацію надали іншим способом, наприклад прочитали документ чи описали відео. У вимозі вкажіть свої контактні дані, сторінку чи елемент, якого вона стосується, і — якщо потрібна інша форма інформації — яка форма вам зручна.',
    'public.a11y.procedure.deadline': 'Міська рада виконує вимогу невідкладно, не пізніше ніж протягом 7 днів.',
    'public.a11y.procedure.extension':
      'Якщо це неможливо, вона одразу повідомить, коли виконає вимогу, — не пізніше ніж через 2 місяці від її подання. Якщо забезпечити доступність неможливо, міська рада запропонує інший спосіб доступу до інформації.',
    'public.a11y.procedure.complaint':
      'Якщо міська рада відмовить або не дотримає строку, ви можете подати скаргу до міської ради (за контактами вище).',
    'public.a11y.procedure.ombudsman':
      'Після цієї процедури можна звернутися до Уповноваженого з прав людини (Rzecznik Praw Obywatelskich).',
    'public.a11y.architecture': 'Архітектурна доступність',
    'public.a11y.building.groundFloor.yes': 'Вхід і партер доступні для людей на візку.',
    'public.a11y.building.groundFloor.no':
      'Вхід або партер не повністю доступні для людей на візку; зателефонуйте заздалегідь, і ми допоможемо.',
    'public.a11y.building.lift.yes': 'У будівлі є ліфт.',
    'public.a11y.building.lift.no':
      'У будівлі немає ліфта. Якщо вашу справу ведуть на вищому поверсі, ми обслужимо вас на партері — скажіть про це в Інформаційному пункті.',
    'public.a11y.building.floors':
      'Будівля має {count, plural, one {# надземний поверх} few {# надземні поверхи} many {# надземних поверхів} other {# надземного поверху}}.',
    'public.a11y.building.parking.yes': 'Біля будівлі є паркувальні місця для людей з інвалідністю.',
    'public.a11y.building.parking.no': 'Біля будівлі немає позначених паркувальних місць для людей з інвалідністю.',
    'public.a11y.building.toilet.yes': 'У будівлі є туалет, пристосований для людей з інвалідністю.',
    'public.a11y.building.toilet.no': 'У будівлі немає туалету, пристосованого для людей з інвалідністю.',
    'public.a11y.building.loop.yes': 'Біля деяких віконець працює індукційна петля.',
    'public.a11y.building.loop.no': 'У будівлі немає індукційної петлі.',
    'public.a11y.building.dogs': 'До будівлі можна увійти з собакою-помічником, зокрема із собакою-поводирем.',
    'public.a11y.building.notes': 'Подробиці',
    'public.a11y.signLanguage': 'Перекладач жестової мови',
    'public.a11y.signLanguage.video':
      '{building}, {street}: в Інформаційному пункті працює відеоперекладач польської жестової мови (PJM). Бронювати не потрібно — ним можна скористатися в години роботи установи.',
    'public.a11y.signLanguage.none':
      'Наразі міська рада не забезпечує перекладача жестової мови на місці. Напишіть нам, і ми домовимося з перекладачем на ваш візит.',
    'public.a11y.apps': 'Мобільні застосунки',
    'public.a11y.apps.none': 'Міська рада не публікує мобільних застосунків. Цей сайт працює в браузері телефону.',
    'public.a11y.notesInPolish': 'Подробиці наведено польською мовою.',
  },
});
