import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { loginAs, startTestServer, type StaffClient, type TestServer } from '../support/server.ts';

const PAGE = '/centrum-kontaktu/kategorie';

/** Everything a refused category form could have written: the categories as they are, and the audit log's length. */
async function written(server: TestServer): Promise<string> {
  const { rows } = await sql<{ s: string }>`SELECT coalesce((SELECT string_agg(concat_ws('|', id, code, kind, name_pl, name_en, name_uk,
    unit_id, position, active, attributes::text), ';' ORDER BY id) FROM report_category), '') || '/' || (SELECT count(*) FROM audit_log) AS s`.execute(
    server.db,
  );
  return rows[0]!.s;
}

/** The page's text with its markup's entities read, so a message is found as a person reads it. */
async function textOf(response: Response): Promise<string> {
  return (await response.text()).replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
}

/** Posts a form that must be refused with the field's Polish message (4xx), writing nothing. */
function refusal(of: () => { server: TestServer; centre: StaffClient }) {
  return async (path: string, fields: Record<string, string | string[]>, message: string | RegExp): Promise<void> => {
    const { server, centre } = of();
    const before = await written(server);
    const response = await centre.postForm(path, fields);
    assert.ok(response.status >= 400 && response.status < 500, `${JSON.stringify(fields)} answered ${response.status}`);
    const text = await textOf(response);
    if (typeof message === 'string') assert.ok(text.includes(message), `${JSON.stringify(fields)}: no “${message}”`);
    else assert.match(text, message);
    assert.equal(await written(server), before, `${JSON.stringify(fields)} wrote something`);
  };
}

describe('the Contact Centre’s report categories (/centrum-kontaktu/kategorie): bad input', () => {
  let server: TestServer;
  let centre: StaffClient;
  let roadsId = 0;
  let unitId = 0;
  const good = () => ({ code: 'trees', kind: 'place', namePl: 'Drzewa', nameEn: 'Trees', nameUk: 'Дерева', position: '5', active: 'on' });

  before(async () => {
    server = await startTestServer();
    centre = await loginAs(server, 'contact_centre');
    roadsId = (await server.db.selectFrom('report_category').select('id').where('code', '=', 'roads').executeTakeFirstOrThrow()).id;
    unitId = (await server.db.selectFrom('unit').select('id').where('code', '=', 'CKM').executeTakeFirstOrThrow()).id;
  });
  after(() => server.close());

  const refused = refusal(() => ({ server, centre }));

  it('refuses wrong types and values of each field with its Polish message', async () => {
    await refused(PAGE, { ...good(), kind: 'street' }, 'Wybierz, czy kategoria dotyczy miejsca w mieście, czy urzędu.');
    await refused(PAGE, { ...good(), kind: ['place', 'office'] }, 'Wybierz, czy kategoria dotyczy miejsca w mieście, czy urzędu.');
    await refused(PAGE, { ...good(), namePl: ['Drzewa', 'Krzewy'] }, 'To pole jest wymagane.');
    await refused(PAGE, { ...good(), namePl: '' }, 'To pole jest wymagane.');
    await refused(PAGE, { ...good(), position: 'pierwsza' }, 'Wpisz liczbę całkowitą.');
    await refused(PAGE, { ...good(), position: '1.5' }, 'Wpisz liczbę całkowitą.');
    await refused(PAGE, { ...good(), position: '1000' }, 'Wpisz liczbę od 0 do 999.');
    await refused(PAGE, { ...good(), position: '-1' }, 'Wpisz liczbę od 0 do 999.');
    await refused(PAGE, { ...good(), code: 'Drzewa' }, 'Kod zaczyna się od małej litery i ma od 2 do 40 znaków');
    await refused(PAGE, { ...good(), code: 't' }, 'Kod zaczyna się od małej litery i ma od 2 do 40 znaków');
    await refused(PAGE, { ...good(), code: '' }, 'To pole jest wymagane.');
    await refused(PAGE, { ...good(), unitId: 'CKM' }, 'Wybierz jedną z podanych możliwości.');
    await refused(PAGE, { ...good(), unitId: '0' }, 'Wybierz jedną z podanych możliwości.');
  });

  it('refuses too long names and codes', async () => {
    await refused(PAGE, { ...good(), namePl: 'D'.repeat(121) }, 'Wpisz najwyżej 120 znaków.');
    await refused(PAGE, { ...good(), nameEn: 'T'.repeat(121) }, 'Wpisz najwyżej 120 znaków.');
    await refused(PAGE, { ...good(), nameUk: 'Д'.repeat(121) }, 'Wpisz najwyżej 120 znaków.');
    await refused(PAGE, { ...good(), code: `t${'x'.repeat(40)}` }, 'Wpisz najwyżej 40 znaków.');
  });

  it('refuses NUL, control and direction-override characters, and names with nothing visible', async () => {
    const control = 'Tekst zawiera niedozwolone znaki sterujące. Wpisz go ponownie, bez wklejania.';
    await refused(PAGE, { ...good(), namePl: 'Drzewa\u202Eawerzd' }, control);
    await refused(PAGE, { ...good(), nameEn: 'Trees\u2066x' }, control);
    await refused(PAGE, { ...good(), nameUk: 'Дерева\u001B[0m' }, control);
    await refused(PAGE, { ...good(), namePl: '\u200B\u200B' }, 'Wpisz tekst złożony z liter, cyfr lub znaków, które widać.');
    // A NUL is refused before any form is read.
    const before = await written(server);
    const nul = await centre.postForm(PAGE, { ...good(), namePl: 'Drze\u0000wa' });
    assert.ok(nul.status >= 400 && nul.status < 500, `NUL answered ${nul.status}`);
    assert.equal(await written(server), before);
  });

  it('refuses a duplicate Open311 code, and a change of a code once set', async () => {
    await refused(PAGE, { ...good(), code: 'roads' }, 'Kategoria o tym kodzie już istnieje.');
    await refused(PAGE, { ...good(), code: ' roads ' }, 'Kategoria o tym kodzie już istnieje.');
    const setOnce = 'Kodu kategorii nie można zmienić: klienci Open311 go zapamiętali.';
    await refused(`${PAGE}/${roadsId}`, { ...good(), code: 'streets' }, setOnce);
    await refused(`${PAGE}/${roadsId}`, { ...good(), code: ['roads', 'streets'] }, setOnce);
    await refused(`${PAGE}/${roadsId}`, { ...good(), code: '' }, setOnce);
    await refused(`${PAGE}/${roadsId}`, { ...good(), code: 'roads', unitId: '99999999999' }, 'Wybierz jedną z podanych możliwości.');
    await refused(`${PAGE}/${roadsId}`, { ...good(), code: 'roads', unitId: '2147483647' }, 'Wybierz jedną z podanych możliwości.');
  });

  it('answers 404 for an unknown, malformed or huge category id, writing nothing', async () => {
    for (const id of ['2147483647', '2147483648', '99999999999999999999', '0', '-1', 'roads', '1e3']) {
      const before = await written(server);
      const page = await centre.get(`${PAGE}/${id}`);
      assert.equal(page.status, 404, `GET ${id}`);
      const posted = await centre.postForm(`${PAGE}/${id}`, good());
      assert.equal(posted.status, 404, `POST ${id}`);
      assert.match(await textOf(posted), /Nie ma takiej kategorii zgłoszeń\./);
      assert.equal(await written(server), before);
    }
  });

  it('shows the questions a category asks Open311 clients on its page', async () => {
    const rubbish = await server.db.selectFrom('report_category').select('id').where('code', '=', 'rubbish').executeTakeFirstOrThrow();
    const page = await textOf(await centre.get(`${PAGE}/${rubbish.id}`));
    assert.match(page, /Pytania dodatkowe \(formularz i Open311\)/);
    assert.match(page, /Rodzaj odpadów/);
    assert.match(page, /Dzikie wysypisko/);
    assert.match(await textOf(await centre.get(`${PAGE}/${roadsId}`)), /Ta kategoria nie zadaje pytań poza opisem\./);
  });

  it('still adds a good category and edits it with its own code sent again (the refusals above were the input’s)', async () => {
    const added = await centre.postForm(PAGE, { ...good(), unitId: String(unitId) });
    assert.equal(added.status, 303);
    const row = await server.db.selectFrom('report_category').selectAll().where('code', '=', 'trees').executeTakeFirstOrThrow();
    assert.equal(row.unit_id, unitId);
    const edited = await centre.postForm(`${PAGE}/${row.id}`, { ...good(), code: 'trees', namePl: 'Drzewa i krzewy', unitId: '' });
    assert.equal(edited.status, 303);
    const after = await server.db.selectFrom('report_category').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
    assert.equal(after.name_pl, 'Drzewa i krzewy');
    assert.equal(after.unit_id, null);
  });
});

describe('the questions a category asks (/centrum-kontaktu/kategorie/:id/pytania): the form, Open311 and bad input', () => {
  let server: TestServer;
  let centre: StaffClient;
  let roadsId = 0;
  let rubbishId = 0;
  const question = () => ({
    code: 'depth',
    datatype: 'number',
    required: 'on',
    questionPl: 'Głębokość dziury w centymetrach',
    questionEn: 'Depth of the hole in centimetres',
    questionUk: '',
    hintPl: 'Na oko wystarczy.',
    order: '2',
    choices: '',
  });

  before(async () => {
    server = await startTestServer();
    centre = await loginAs(server, 'contact_centre');
    roadsId = (await server.db.selectFrom('report_category').select('id').where('code', '=', 'roads').executeTakeFirstOrThrow()).id;
    rubbishId = (await server.db.selectFrom('report_category').select('id').where('code', '=', 'rubbish').executeTakeFirstOrThrow()).id;
  });
  after(() => server.close());

  const refused = refusal(() => ({ server, centre }));

  it('adds a question that Open311’s service definition and the public form then ask, with its audit row', async () => {
    const page = await textOf(await centre.get(`${PAGE}/${roadsId}`));
    assert.match(page, new RegExp(`href="${PAGE}/${roadsId}/nowe-pytanie"`));
    assert.equal((await centre.get(`${PAGE}/${roadsId}/nowe-pytanie`)).status, 200);
    const added = await centre.postForm(`${PAGE}/${roadsId}/nowe-pytanie`, question());
    assert.equal(added.status, 303);
    assert.equal(added.headers.get('location'), `${PAGE}/${roadsId}?zapisano=1`);
    const audit = await server.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', '=', 'report.category_attribute_add')
      .executeTakeFirstOrThrow();
    assert.deepEqual(audit.details, { category: 'roads', attribute: 'depth', datatype: 'number', required: true });
    const definition = (await (await fetch(`${server.url}/open311/v2/services/roads.json`)).json()) as {
      attributes: { code: string; datatype: string; required: boolean; description: string; datatype_description: string; order: number }[];
    };
    assert.deepEqual(
      definition.attributes.map((a) => [a.code, a.datatype, a.required, a.order]),
      [['depth', 'number', true, 2]],
    );
    const form = await (await fetch(`${server.url}/zglos-problem`, { headers: { cookie: 'jezyk=pl' } })).text();
    assert.match(form, /<label class="label" for="attr-roads-depth">Głębokość dziury w centymetrach<\/label>/);
  });

  it('changes a question, its code kept, and a list’s choices typed one a line', async () => {
    const path = `${PAGE}/${rubbishId}/pytania/kind`;
    const page = await textOf(await centre.get(path));
    assert.match(page, /dumping \| Dzikie wysypisko \| Fly-tipping \| Стихійне звалище/);
    // Named by its words and its category's name, not by the codes that Open311's clients use.
    assert.match(page, /<title>Pytanie „Rodzaj odpadów” \(kategoria „Odpady i zaśmiecenie”\) — /);
    assert.match(page, />Wróć do kategorii „Odpady i zaśmiecenie”</);
    assert.match(
      await textOf(await centre.get(`${PAGE}/${rubbishId}/nowe-pytanie`)),
      /<title>Nowe pytanie kategorii „Odpady i zaśmiecenie”/,
    );
    const changed = await centre.postForm(path, {
      datatype: 'multivaluelist',
      questionPl: 'Rodzaje odpadów',
      choices: 'litter | Śmieci na ulicy\r\nbins | Przepełnione kosze | Overflowing bins\n\n',
      order: '1',
    });
    assert.equal(changed.status, 303);
    const row = await server.db.selectFrom('report_category').select('attributes').where('id', '=', rubbishId).executeTakeFirstOrThrow();
    assert.deepEqual(row.attributes, [
      {
        code: 'kind',
        datatype: 'multivaluelist',
        required: false,
        description: { pl: 'Rodzaje odpadów', en: '', uk: '' },
        datatypeDescription: { pl: '', en: '', uk: '' },
        order: 1,
        values: [
          { key: 'litter', name: { pl: 'Śmieci na ulicy', en: '', uk: '' } },
          { key: 'bins', name: { pl: 'Przepełnione kosze', en: 'Overflowing bins', uk: '' } },
        ],
      },
    ]);
    await refused(path, { ...question(), code: 'rodzaj' }, 'Kodu pytania nie można zmienić');
    // The form shown again names the question as kept, not as typed in the refused form.
    await refused(path, { ...question(), code: 'rodzaj' }, /<title>Błąd: Pytanie „Rodzaje odpadów” \(kategoria/);
  });

  it('refuses each mistake with its Polish message, writing nothing', async () => {
    const add = `${PAGE}/${roadsId}/nowe-pytanie`;
    const fresh = () => ({ ...question(), code: 'lane' });
    await refused(add, { ...fresh(), code: 'Pas' }, 'Kod zaczyna się od małej litery i ma najwyżej 40 znaków');
    await refused(add, { ...fresh(), code: 'a-b' }, 'Kod zaczyna się od małej litery i ma najwyżej 40 znaków');
    await refused(add, { ...fresh(), code: '' }, 'To pole jest wymagane.');
    await refused(add, { ...fresh(), code: 'depth' }, 'Ta kategoria ma już pytanie o tym kodzie.');
    await refused(add, { ...fresh(), datatype: 'date' }, 'Wybierz jedną z podanych możliwości.');
    await refused(add, { ...fresh(), datatype: ['string', 'text'] }, 'Wybierz jedną z podanych możliwości.');
    await refused(add, { ...fresh(), questionPl: '' }, 'To pole jest wymagane.');
    await refused(add, { ...fresh(), questionPl: 'Pas\u202Eruchu' }, 'Tekst zawiera niedozwolone znaki sterujące.');
    await refused(add, { ...fresh(), questionPl: 'x'.repeat(301) }, 'Wpisz najwyżej 300 znaków.');
    await refused(add, { ...fresh(), order: '0' }, 'Wpisz liczbę od 1 do 99.');
    await refused(add, { ...fresh(), order: '1e3' }, 'Wpisz liczbę całkowitą.');
    await refused(add, { ...fresh(), datatype: 'singlevaluelist', choices: '' }, 'Wpisz możliwości do wyboru, każdą w osobnym wierszu.');
    await refused(add, { ...fresh(), choices: 'left | Lewy' }, 'Możliwości wpisuje się tylko przy odpowiedzi z listy.');
    await refused(add, { ...fresh(), datatype: 'singlevaluelist', choices: 'left | Lewy\nlewy pas' }, 'Wiersz 2: wpisz klucz');
    await refused(add, { ...fresh(), datatype: 'singlevaluelist', choices: 'left | Lewy | Left | Лівий | ?' }, 'Wiersz 1: wpisz klucz');
    await refused(
      add,
      { ...fresh(), datatype: 'singlevaluelist', choices: 'left | Lewy\nleft | Lewy pas' },
      'Wiersz 2: ten klucz już jest na liście.',
    );
    const many = Array.from({ length: 51 }, (_, i) => `k${i} | Możliwość ${i}`).join('\n');
    await refused(add, { ...fresh(), datatype: 'multivaluelist', choices: many }, 'Lista może mieć najwyżej 50 możliwości.');
    for (const path of [`${PAGE}/${roadsId}/pytania/nothing`, `${PAGE}/99999999/nowe-pytanie`, `${PAGE}/x/pytania/depth`]) {
      assert.equal((await centre.get(path)).status, 404, path);
      await refused(path, fresh(), /Nie ma takiej kategorii zgłoszeń|Ta kategoria nie ma takiego pytania/);
    }
    await refused(`${PAGE}/${roadsId}/pytania/nothing/usun`, {}, 'Ta kategoria nie ma takiego pytania.');
  });

  it('removes a question: the form and Open311 stop asking it, filed answers stay', async () => {
    const removed = await centre.postForm(`${PAGE}/${roadsId}/pytania/depth/usun`, {});
    assert.equal(removed.status, 303);
    const definition = (await (await fetch(`${server.url}/open311/v2/services/roads.json`)).json()) as { attributes: unknown[] };
    assert.deepEqual(definition.attributes, []);
    assert.equal(
      (await server.db.selectFrom('audit_log').select('id').where('action', '=', 'report.category_attribute_remove').execute()).length,
      1,
    );
    const demo = await server.db
      .selectFrom('problem_report')
      .select('attributes')
      .where('code', '=', 'D2RB-7HNP')
      .executeTakeFirstOrThrow();
    assert.deepEqual(demo.attributes, { pole: 'OS-1204' });
  });
});
