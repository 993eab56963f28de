import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/server.ts';

// One server; each test sets the instant the server's clock reports.
const clock = {
  at: new Date('2026-11-24T08:00:00Z'),
  now() {
    return this.at;
  },
};

async function home(server: TestServer, language: string, at: string): Promise<string> {
  clock.at = new Date(at);
  const response = await fetch(`${server.url}/`, { headers: { 'accept-language': language } });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /text\/html/);
  return response.text();
}

/** The text of the page without tags, with whitespace collapsed, for phrases that span elements. */
function words(html: string): string {
  return html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

describe('the public home page', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ clock });
  });
  after(async () => {
    await server.close();
  });

  it('shows the office, both buildings open until 15:30 on a Tuesday morning, and the services in Polish', async () => {
    const html = await home(server, 'pl', '2026-11-24T08:00:00Z');
    assert.match(html, /<html lang="pl">/);
    assert.match(html, /<h1>Urząd Miasta Piotrkowa Trybunalskiego<\/h1>/);
    assert.match(html, /Pasaż Karola Rudowskiego 10, 97-300 Piotrków Trybunalski/);
    assert.match(html, /ul\. Szkolna 28/);
    assert.equal(html.match(/Otwarte do 15:30/g)?.length, 2);
    assert.match(html, /Wideotłumacz polskiego języka migowego/);
    const text = words(html);
    assert.match(text, /wtorek, 24 listopada \(dziś\) 07:30–15:30/);
    assert.match(text, /sobota, 28 listopada nieczynne/);
    assert.match(text, /W urzędzie załatwisz 12 spraw\./);
    assert.match(text, /\(3 sprawy\)/);
    assert.match(text, /\(2 sprawy\)/);
    assert.match(text, /\(1 sprawa\)/);
    assert.match(html, /Zwykle trwa: 15 minut/);
    assert.match(html, /Rejestracja pojazdu/);
    assert.match(html, /Tablice rejestracyjne: 80,00 zł/);
    assert.match(html, /Potwierdzenie ubezpieczenia OC/);
    assert.match(html, /Kartą przy stanowisku w budynku A/);
    assert.match(html, /Rezerwacja online/);
    assert.match(html, /Możliwa obsługa na parterze/);
    assert.match(text, /Budynek A, pokój A\.0\.5, parter/);
  });

  it('says "opens today at" before opening and gives the next opening after hours', async () => {
    // Opening later today is neither green (open) nor red (closed).
    assert.match(
      await home(server, 'pl', '2026-11-24T06:00:00Z'),
      /<strong class="tag tag--later">Dziś otwarte od 07:30 do 15:30<\/strong>/,
    );
    const evening = await home(server, 'pl', '2026-11-27T18:00:00Z');
    assert.match(evening, /<strong class="tag tag--closed">Teraz zamknięte<\/strong>/);
    assert.match(evening, /Najbliższe otwarcie: poniedziałek, 30 listopada, od 08:00\./);
  });

  it('speaks English with English plural forms and names', async () => {
    const html = await home(server, 'en', '2026-11-24T08:00:00Z');
    assert.match(html, /<html lang="en">/);
    assert.match(html, /Open until 15:30/);
    const text = words(html);
    assert.match(text, /You can deal with 12 matters at the city hall\./);
    assert.match(text, /\(3 services\)/);
    assert.match(text, /\(1 service\)/);
    assert.match(html, /Usually takes: 15 minutes/);
    assert.match(html, /Registering a vehicle/);
    assert.match(html, /Number plates: PLN 80\.00/);
  });

  it('speaks Ukrainian with Ukrainian plural forms', async () => {
    const html = await home(server, 'uk', '2026-11-24T08:00:00Z');
    assert.match(html, /<html lang="uk">/);
    assert.match(html, /Відчинено до 15:30/);
    const text = words(html);
    assert.match(text, /можна вирішити 12 справ\./);
    assert.match(text, /\(3 справи\)/);
    assert.match(text, /\(1 справа\)/);
    assert.match(html, /Зазвичай триває: 15 хвилин/);
    assert.match(html, /Реєстрація транспортного засобу/);
  });

  it('shows a public holiday as closed with its name and the next opening', async () => {
    const pl = await home(server, 'pl', '2026-12-25T09:00:00Z');
    assert.equal(pl.match(/Dziś nieczynne — Boże Narodzenie/g)?.length, 2);
    assert.match(pl, /Najbliższe otwarcie: poniedziałek, 28 grudnia, od 08:00\./);
    assert.match(words(pl), /sobota, 26 grudnia nieczynne — drugi dzień Bożego Narodzenia/);
    assert.match(await home(server, 'en', '2026-12-25T09:00:00Z'), /Closed today — Christmas Day/);
    assert.match(await home(server, 'pl', '2026-12-24T09:00:00Z'), /Dziś nieczynne — Wigilia/);
  });

  it('shows a local short-hours exception, and a closed day of one building only', async () => {
    const short = await home(server, 'pl', '2026-12-31T09:00:00Z');
    assert.equal(short.match(/Dziś krócej: do 12:00 \(Sylwester — krótszy dzień pracy urzędu\)/g)?.length, 2);
    assert.match(
      await home(server, 'en', '2026-12-31T09:00:00Z'),
      /Shorter hours today: until 12:00 \(New Year’s Eve — a shorter working day\)/,
    );
    const oneBuilding = await home(server, 'pl', '2026-12-07T09:00:00Z');
    assert.match(oneBuilding, /Otwarte do 17:00/);
    assert.match(oneBuilding, /Dziś nieczynne — Przegląd instalacji elektrycznej w budynku A/);
  });

  it('falls back to Polish, marked lang="pl", when a translation is empty', async () => {
    const office = await server.db.selectFrom('office').select('id').executeTakeFirstOrThrow();
    const unit = await server.db.selectFrom('unit').select('id').where('code', '=', 'SO').executeTakeFirstOrThrow();
    await server.db
      .insertInto('service')
      .values({ office_id: office.id, unit_id: unit.id, ticket_letter: 'M', name_pl: 'Wymeldowanie z pobytu stałego' })
      .execute();
    const html = await home(server, 'en', '2026-11-24T08:00:00Z');
    assert.match(html, /<h4 lang="pl">Wymeldowanie z pobytu stałego<\/h4>/);
    const text = words(html);
    assert.match(text, /You can deal with 13 matters/);
    assert.match(words(await home(server, 'pl', '2026-11-24T08:00:00Z')), /\(4 sprawy\)/);
  });
});
