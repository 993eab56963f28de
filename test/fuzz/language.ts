import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { allMessages } from '../../src/ui/i18n/translator.ts';

// Whether a refusal speaks the caller's language: an HTML page says so in <html lang>, and shows neither
// Fastify's own words nor a bare message key; a JSON error's message is a text of the catalogue of the
// language asked for (ICU placeholders match anything), never a key.

export type Language = 'pl' | 'en' | 'uk';
export const LANGUAGES: readonly Language[] = ['pl', 'en', 'uk'];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternOf(elements: readonly MessageFormatElement[]): string {
  return elements
    .map((element) => {
      switch (element.type) {
        case TYPE.literal:
          return escape(element.value);
        case TYPE.plural:
        case TYPE.select:
          return `(?:${Object.values(element.options)
            .map((option) => patternOf(option.value))
            .join('|')})`;
        case TYPE.tag:
          return `[\\s\\S]*?${patternOf(element.children)}[\\s\\S]*?`;
        default:
          return '[\\s\\S]*?';
      }
    })
    .join('');
}

interface Catalogue {
  exact: Set<string>;
  patterns: RegExp[];
}

const catalogues = new Map<Language, Catalogue>();

function catalogue(language: Language): Catalogue {
  let found = catalogues.get(language);
  if (!found) {
    found = { exact: new Set(), patterns: [] };
    for (const text of allMessages(language).values()) {
      const elements = parse(text);
      if (elements.every((element) => element.type === TYPE.literal)) found.exact.add(elements.map((e) => e.value).join(''));
      else found.patterns.push(new RegExp(`^${patternOf(elements)}$`));
    }
    catalogues.set(language, found);
  }
  return found;
}

const keys = new Set(allMessages('pl').keys());

/** True when a text is one of the language's messages, placeholders filled in. */
export function isMessageOf(language: Language, text: string): boolean {
  const { exact, patterns } = catalogue(language);
  return exact.has(text) || patterns.some((pattern) => pattern.test(text));
}

const FRAMEWORK_WORDS = /Bad Request|statusCode|FST_|Internal Server Error|Unsupported Media Type|Payload Too Large/;

/** Node's own answer to a request it could not read: there is no language to learn, so it speaks all three. */
function isTrilingualConnectionPage(body: string): boolean {
  return body.startsWith('<!doctype html><html lang="pl">') && body.includes('<p lang="en">') && body.includes('<p lang="uk">');
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of an XML element's content: the five named entities and numeric references. */
function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_all, entity: string) =>
    entity.startsWith('#x')
      ? String.fromCodePoint(parseInt(entity.slice(2), 16))
      : entity.startsWith('#')
        ? String.fromCodePoint(Number(entity.slice(1)))
        : XML_ENTITIES[entity]!,
  );
}

/**
 * What is wrong with a refusal's wording, or undefined when it speaks the asked language.
 * @example wordingProblem('en', 'application/json', '{"error":{"code":"validation","message":"Invalid request."}}') // undefined
 */
export function wordingProblem(language: Language, contentType: string, body: string): string | undefined {
  if (contentType.includes('json')) {
    let parsed: { error?: { code?: unknown; message?: unknown; fields?: Record<string, unknown> } };
    try {
      parsed = JSON.parse(body) as typeof parsed;
    } catch {
      return 'a JSON answer that does not parse';
    }
    // Open311 GeoReport v2's own shape: [{ "code": 400, "description": "…" }].
    if (Array.isArray(parsed)) {
      const items = parsed as { code?: unknown; description?: unknown }[];
      if (items.length === 0 || items.some((e) => typeof e.code !== 'number' || typeof e.description !== 'string'))
        return 'a JSON list that is not Open311 errors [{ code, description }]';
      for (const e of items)
        if (!isMessageOf(language, e.description as string))
          return `description not a ${language} catalogue text: ${JSON.stringify(e.description)}`;
      return undefined;
    }
    // The City of Warsaw queue feed's own shape (open data, `/dane/kolejka.json`): {"result": "false", "error": "…"}.
    const warsaw = parsed as { result?: unknown; error?: unknown };
    if (warsaw.result === 'false' && typeof warsaw.error === 'string')
      return isMessageOf(language, warsaw.error) ? undefined : `message not a ${language} catalogue text: ${JSON.stringify(warsaw.error)}`;
    const error = parsed.error;
    if (typeof error?.code !== 'string' || typeof error.message !== 'string') return 'JSON without { error: { code, message } }';
    if (!isMessageOf(language, error.message)) return `message not a ${language} catalogue text: ${JSON.stringify(error.message)}`;
    for (const [field, message] of Object.entries(error.fields ?? {}))
      if (typeof message !== 'string' || !isMessageOf(language, message)) return `field ${field}: not a ${language} catalogue text`;
    return undefined;
  }
  if (contentType.includes('xml')) {
    // Open311 GeoReport v2's own refusal: <errors><error><code>…</code><description>…</description></error></errors>.
    const descriptions = [...body.matchAll(/<description>([^<]*)<\/description>/g)].map((m) => decodeXml(m[1]!));
    if (!/<errors>\s*<error>/.test(body) || descriptions.length === 0) return 'XML without <errors><error><description>';
    for (const description of descriptions)
      if (!isMessageOf(language, description)) return `description not a ${language} catalogue text: ${JSON.stringify(description)}`;
    return undefined;
  }
  if (contentType.includes('html')) {
    if (isTrilingualConnectionPage(body)) return undefined;
    const lang = /<html[^>]*\slang="([^"]*)"/.exec(body)?.[1];
    if (lang !== language) return `<html lang="${lang ?? ''}"> for a request in ${language}`;
    const framework = FRAMEWORK_WORDS.exec(body);
    if (framework) return `framework text "${framework[0]}"`;
    for (const match of body.matchAll(/>\s*([a-zA-Z][\w.]*\.[\w.]+)\s*</g))
      if (keys.has(match[1]!)) return `a bare message key ${match[1]}`;
    return undefined;
  }
  return `a refusal that is neither a page nor JSON (${contentType || 'no content type'})`;
}
