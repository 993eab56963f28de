import { brokenJsonText, jsonBody, jsonText } from './json.ts';
import type { Language } from './language.ts';
import type { FoundForm, Operation } from './operations.ts';
import type { Random } from './random.ts';
import type { FuzzRequest } from './sender.ts';
import { cookiesOf, csrfOf, type Subject } from './subjects.ts';
import { badText, boundaryText, hostileText, idKindOf, percentEncode, validText, type Known, type Mode, type Text } from './values.ts';

// One request for an operation as a subject, in a language and a mode: the path's parameters, the query string,
// the body (the route's form, or guessed fields; JSON from the API's schema), the cookies and tokens.

export interface Plan {
  operation: Operation;
  subject: Subject;
  language: Language;
  mode: Mode;
  request: FuzzRequest;
}

export interface Inputs {
  random: Random;
  known: Known;
  /** Every field name seen in any form, for routes without a form of their own. */
  fieldNames: readonly string[];
}

const STATIC_FILES = ['css/okienko.css', 'js/board.js', 'nothing.css'];
const STATIC_TRICKS = [
  '../package.json',
  '..%2f..%2fpackage.json',
  '%2e%2e/%2e%2e/src/config.ts',
  'css/%00.css',
  'css/..%5c..%5cpackage.json',
  '.%2e/',
];

function paramValue(operation: Operation, name: string, inputs: Inputs, bad: boolean): string {
  const { random, known } = inputs;
  if (name === '*') return bad ? random.pick(STATIC_TRICKS) : random.pick(STATIC_FILES);
  if (bad) return percentEncode(random.chance(0.4) ? boundaryText(random) : hostileText(random, 'path'));
  const seen = operation.paramValues.get(name) ?? [];
  // An ":id" holds the kind of thing the segment before it names: /admin/pracownicy/:id is a member of staff.
  const before = operation.pattern.split(`/:${name}`)[0]!.split('/').pop() ?? '';
  const kind = name === 'id' ? idKindOf(before) : idKindOf(name);
  const pool = [...seen, ...(kind ? (known.get(kind) ?? []) : []), ...(/code|kod/i.test(name) ? (known.get('code') ?? []) : [])];
  if (name === 'locale') pool.push('pl', 'en', 'uk');
  return encodeURIComponent(
    pool.length > 0 && random.chance(seen.length > 0 ? 1 : 0.9) ? random.pick(pool) : validText(random, name, 'text', known),
  );
}

function pathOf(operation: Operation, mode: Mode, inputs: Inputs): string {
  const badOnes = mode === 'hostile' ? operation.params : mode === 'mutated' ? inputs.random.some(operation.params, 0.4) : [];
  const wildcard = operation.pattern.endsWith('*') ? inputs.random.chance(mode === 'valid' ? 0 : 0.5) : false;
  return operation.pattern
    .replace(/:([A-Za-z]+)/g, (_, name: string) => paramValue(operation, name, inputs, badOnes.includes(name)))
    .replace(/\*$/, () => paramValue(operation, '*', inputs, wildcard));
}

function encodePairs(pairs: readonly [string, Text][]): string {
  return pairs.map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`).join('&');
}

function queryOf(operation: Operation, mode: Mode, inputs: Inputs): string {
  const { random, known } = inputs;
  const names = new Set([...operation.queryValues.keys(), ...Object.keys(operation.query?.properties ?? {})]);
  const pairs: [string, Text][] = [];
  for (const name of names) {
    if (mode === 'valid' && random.chance(0.3)) continue;
    const seen = operation.queryValues.get(name) ?? [];
    const valid = seen.length > 0 && random.chance(0.8) ? random.pick(seen) : validText(random, name, 'text', known);
    const bad = mode === 'hostile' || (mode === 'mutated' && random.chance(0.4));
    pairs.push([name, bad ? badText(random, 'query') : valid]);
  }
  if (mode !== 'valid' && random.chance(0.3))
    pairs.push([random.pick(['wroc', 'q', 'id', ...inputs.fieldNames]), badText(random, 'query')]);
  if (mode === 'hostile' && random.chance(0.1)) pairs.push([random.pick(['\u0000', 'x[y]', 'a.b', '__proto__']), 'z']);
  return pairs.length > 0 ? `?${encodePairs(pairs)}` : '';
}

function validFormPairs(form: FoundForm, subject: Subject, inputs: Inputs): [string, Text][] {
  const { random, known } = inputs;
  const pairs: [string, Text][] = [];
  const radios = new Map<string, string[]>();
  for (const field of form.fields) {
    if (field.type === 'radio') radios.set(field.name, [...(radios.get(field.name) ?? []), field.value]);
    else if (field.type === 'checkbox') {
      if (random.chance(0.5)) pairs.push([field.name, field.value]);
    } else if (field.type === 'select-one') {
      const options = field.options.filter((option) => option !== '');
      pairs.push([field.name, options.length > 0 && random.chance(0.8) ? random.pick(options) : field.value]);
    } else if (field.type === 'select-multiple') for (const option of random.some(field.options, 0.4)) pairs.push([field.name, option]);
    else if (field.name === '_csrf') pairs.push([field.name, form.publicToken ? subject.formToken : csrfOf(subject)]);
    else if (field.type === 'hidden') pairs.push([field.name, field.value]);
    else if (field.type !== 'submit')
      pairs.push([field.name, field.value !== '' && random.chance(0.7) ? field.value : validText(random, field.name, field.type, known)]);
  }
  for (const [name, values] of radios) pairs.push([name, random.pick(values)]);
  const buttons = form.fields.filter((field) => field.type === 'submit');
  if (buttons.length > 0) {
    const button = random.pick(buttons);
    pairs.push([button.name, button.value]);
  }
  return pairs;
}

function formPairs(operation: Operation, subject: Subject, mode: Mode, inputs: Inputs): [string, Text][] {
  const { random, known } = inputs;
  const own = operation.forms.filter((form) => form.seenBy === subject.name);
  const form =
    own.length > 0 && random.chance(0.8) ? random.pick(own) : operation.forms.length > 0 ? random.pick(operation.forms) : undefined;
  let pairs: [string, Text][];
  if (form) pairs = validFormPairs(form, subject, inputs);
  else {
    // No form found for this route: guess a few fields from the names every other form uses.
    pairs = random
      .some(inputs.fieldNames, 4 / Math.max(4, inputs.fieldNames.length))
      .map((name) => [name, validText(random, name, 'text', known)]);
    pairs.push(['_csrf', random.chance(0.5) ? csrfOf(subject) : subject.formToken]);
  }
  const maxLengths = new Map((form?.fields ?? []).map((field) => [field.name, field.maxLength]));
  if (mode === 'hostile')
    return pairs.map(([name, value]) => [name, name === '_csrf' ? value : badText(random, 'body', maxLengths.get(name))]);
  if (mode === 'mutated' && pairs.length > 0) {
    for (let change = 0; change <= random.below(3); change += 1) {
      const index = random.below(pairs.length);
      const [name, value] = pairs[index]!;
      const roll = random.below(10);
      if (roll < 7) pairs[index] = [name, badText(random, 'body', maxLengths.get(name))];
      else if (roll < 8) pairs.splice(index, 1);
      else if (roll < 9) pairs.push([name, value]);
      else pairs.push([random.pick(['extra', 'id', '__proto__', 'a[b]', '']), badText(random, 'body')]);
      if (pairs.length === 0) break;
    }
  }
  return pairs;
}

function acceptLanguage(language: Language, random: Random): string {
  return random.pick([language, `${language}-${language.toUpperCase()},${language};q=0.9,pl;q=0.3`, `${language};q=0.8,xx;q=0.1`]);
}

/**
 * A request for an operation as a subject; `mode` decides how wrong its inputs are.
 * @example const plan = planRequest(operation, subject, 'en', 'mutated', inputs);
 */
export function planRequest(operation: Operation, subject: Subject, language: Language, mode: Mode, inputs: Inputs): Plan {
  const { random, known } = inputs;
  const deviceByCookie = !operation.api && random.chance(0.7);
  const headers: Record<string, string> = {
    cookie: cookiesOf(subject, language, deviceByCookie).join('; '),
    'accept-language': acceptLanguage(language, random),
    accept: operation.api ? 'application/json' : 'text/html,application/xhtml+xml,*/*;q=0.8',
  };
  if (subject.device && !deviceByCookie) headers.authorization = `Bearer ${subject.device.token}`;
  // A wrong method now and then: the router's own refusal must be worded too.
  const method = random.chance(0.02)
    ? random.pick(['PUT', 'DELETE', 'PATCH', 'POST', 'GET'].filter((m) => m !== operation.method))
    : operation.method;
  const request: FuzzRequest = { method, path: pathOf(operation, mode, inputs) + queryOf(operation, mode, inputs), headers };
  if (method !== 'GET') {
    const forgeToken = random.chance(0.05);
    const token = forgeToken ? random.pick(['', 'x', csrfOf(subject).slice(1), '\u0000']) : csrfOf(subject);
    const asJson = operation.api ? !random.chance(0.05) : random.chance(0.04);
    if (subject.session && (operation.api || random.chance(0.2))) headers['x-csrf-token'] = encodeURIComponent(token);
    if (random.chance(0.03)) {
      // No body at all.
    } else if (asJson) {
      headers['content-type'] = random.chance(0.97) ? 'application/json' : random.pick(['application/json; charset=latin1', 'text/json']);
      request.body = random.chance(0.08) ? brokenJsonText(random) : jsonText(jsonBody(operation.body, mode, random, known));
    } else {
      headers['content-type'] = random.chance(0.97)
        ? 'application/x-www-form-urlencoded'
        : random.pick(['text/plain', 'multipart/form-data']);
      const pairs = formPairs(operation, subject, mode, inputs).map(([name, value]): [string, Text] => [
        name,
        name === '_csrf' && forgeToken ? token : value,
      ]);
      request.body = encodePairs(pairs);
    }
  }
  return { operation, subject, language, mode, request };
}
