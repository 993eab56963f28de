import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from '../support/server.ts';

async function statement(server: TestServer, language: string): Promise<string> {
  const response = await fetch(`${server.url}/deklaracja-dostepnosci`, { headers: { 'accept-language': language } });
  assert.equal(response.status, 200);
  return (await response.text()).replace(/\s+/g, ' ');
}

describe('the accessibility statement', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ clock: { now: () => new Date('2026-11-24T08:00:00Z') } });
  });
  after(async () => {
    await server.close();
  });

  it('has every section the act of 4 April 2019 requires, in Polish', async () => {
    const html = await statement(server, 'pl');
    assert.match(html, /<html lang="pl">/);
    assert.match(html, /<h1>Deklaracja dostępności<\/h1>/);
    assert.match(html, /Urząd Miasta Piotrkowa Trybunalskiego zobowiązuje się zapewnić dostępność/);
    assert.match(html, /ustawą z dnia 4 kwietnia 2019 r\. o dostępności cyfrowej/);
    assert.match(html, /31 marca 2026/);
    assert.match(html, /2 listopada 2026/);
    assert.match(html, /częściowo zgodna/);
    assert.match(html, /Nagrania sesji Rady Miasta nie mają napisów/);
    assert.match(html, /samooceny/);
    assert.match(html, /dostepnosc@um-piotrkow\.example/);
    assert.match(html, /w ciągu 7 dni/);
    assert.match(html, /2 miesięcy/);
    assert.match(html, /skargę/);
    assert.match(html, /Rzecznika Praw Obywatelskich/);
    assert.match(html, /Budynek A, ul\. Szkolna 28/);
    assert.match(html, /W budynku nie ma windy/);
    assert.match(html, /W budynku jest winda/);
    assert.match(html, /Budynek ma 4 kondygnacje nad ziemią/);
    assert.match(html, /psem przewodnikiem/);
    assert.match(html, /wideotłumacz polskiego języka migowego \(PJM\)/);
    assert.match(html, /Aplikacje mobilne/);
  });

  it('is worded in English, keeping Polish-only notes marked lang="pl"', async () => {
    const html = await statement(server, 'en');
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<h1>Accessibility statement<\/h1>/);
    assert.match(html, /within 7 days/);
    assert.match(html, /no later than 2 months/);
    assert.match(html, /Commissioner for Human Rights \(Rzecznik Praw Obywatelskich\)/);
    assert.match(html, /The building has 3 storeys above ground/);
    assert.match(html, /March 31, 2026|31 March 2026/);
    assert.match(html, /<ul lang="pl"><li>Wejście główne/);
  });

  it('is worded in Ukrainian with Ukrainian plural forms', async () => {
    const html = await statement(server, 'uk');
    assert.match(html, /<html lang="uk">/);
    assert.match(html, /<h1>Декларація доступності<\/h1>/);
    assert.match(html, /протягом 7 днів/);
    assert.match(html, /Будівля має 4 надземні поверхи/);
    assert.match(html, /Будівля має 3 надземні поверхи/);
  });
});
