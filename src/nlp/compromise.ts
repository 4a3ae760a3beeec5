import type { Span } from "../documents/document.js";

/** The one module that uses compromise. It is loaded only when a rule asks for it. */
type Nlp = typeof import("compromise").default;

let nlp: Nlp | undefined;

export async function loadNlp(): Promise<void> {
  nlp ??= (await import("compromise")).default;
}

/** Paragraphs are parsed one at a time, so a huge draft never becomes one huge parse. */
const CHUNK = 4000;

const compiled = new Map<string, ReturnType<Nlp["parseMatch"]>>();

/**
 * Runs every compromise match expression over `text` in one pass: each chunk is
 * parsed once, matched against all expressions, and let go, so memory stays flat.
 */
export function nlpMatchAll(text: string, expressions: string[]): Map<string, Span[]> {
  if (!nlp) throw new Error("compromise is not loaded; call loadNlp() first");
  const out = new Map<string, Span[]>(expressions.map((e) => [e, []]));
  for (const e of expressions) if (!compiled.has(e)) compiled.set(e, nlp.parseMatch(e));
  for (const chunk of chunks(text)) {
    if (!/\p{L}/u.test(chunk.text)) continue;
    const view = nlp(chunk.text);
    for (const e of expressions) {
      // A match's own length counts the marks before its first word ("**Anita Desai** spent" runs to " s"): it ends where its last word does.
      type Offset = { start: number; length: number };
      const found = view.match(compiled.get(e)!).json({ offset: true, terms: { offset: true } }) as { offset: Offset; terms: { offset: Offset }[] }[];
      for (const f of found) {
        const last = f.terms[f.terms.length - 1]?.offset ?? f.offset;
        let end = chunk.start + last.start + last.length;
        // An initial keeps its full stop: "Anna S.".
        if (text[end] === "." && /(?:^|[^\p{L}])\p{Lu}$/u.test(text.slice(end - 2, end))) end++;
        const span = lastSentenceOf(text, markupTrimmed(text, chunk.start + f.offset.start, end));
        if (span) out.get(e)!.push(...listedApart(text, span));
      }
    }
  }
  return out;
}

/**
 * compromise runs a match on over the commas of a list of people ("Ana Ruiz, Luis Ortega", "Mrs. Tran, Dr. Malik"):
 * the match is cut at a comma when both sides are two words or more, or a title opens the side after it. A surname
 * and a first name set off by a comma ("Ortega, Luis") stay one name.
 */
function listedApart(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (const m of text.slice(span.start, span.end).matchAll(/,\s+/g)) {
    const cut = span.start + m.index;
    const before = text.slice(start, cut);
    const after = text.slice(cut + m[0].length, span.end);
    // A part that ends on a possessive may own what follows it, so it is not cut off there ("of Reed Elsevier's, Abby Holloway").
    if (((/\S\s+\S/.test(before) && /\S\s+\S/.test(after.split(/,\s/)[0])) || /^(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Rev|Nurse)\b/.test(after)) && !/['’]s$/.test(before)) {
      out.push({ start, end: cut });
      start = cut + m[0].length;
    }
  }
  out.push({ start, end: span.end });
  return out;
}

/** compromise counts a table's pipe or a mark of emphasis as part of the word beside it ("| J. Moreno", "**Kenny"): they are left out. */
function markupTrimmed(text: string, start: number, end: number): Span {
  while (start < end && /[\s|*_~`]/.test(text[start])) start++;
  while (end > start && /[\s|*_~`]/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * compromise may run a match over a sentence's end when a quote closes it ("Christmas.' Patrick Doyle"): only
 * the part after the last such end is kept. A full stop after an initial or a title ("J. Moreno", "Dr. Lee") ends
 * no sentence, and neither does a mark without a closing quote (its offsets may be off around runs of "???").
 */
function lastSentenceOf(text: string, span: Span): Span | undefined {
  let start = span.start;
  for (const m of text.slice(span.start, span.end).matchAll(/(\p{L}*)([.!?])['"’”]+\s+/gu)) {
    if (m[2] !== "." || (m[1].length >= 3 && /\p{Ll}/u.test(m[1]) && !/^(?:Mrs|Prof|Rev|Sgt|Capt|Col|Gen|Lt)$/.test(m[1]))) start = span.start + m.index + m[0].length;
  }
  // What is left of a cut match is kept only as a full name of two words or more ("Patrick Doyle", not "Given").
  if (start > span.start && !/\S\s+\S/.test(text.slice(start, span.end))) return undefined;
  return { start, end: span.end };
}

function* chunks(text: string): Generator<{ start: number; text: string }> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      const window = text.slice(start, end);
      const cut = [window.lastIndexOf("\n\n"), window.lastIndexOf("\n"), window.lastIndexOf(". ")].find((i) => i > CHUNK / 4);
      if (cut !== undefined) end = start + cut + 1;
    }
    yield { start, text: text.slice(start, end) };
    start = end;
  }
}

const NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "LastName"]);
const REGION_TAGS = new Set(["Country", "Region"]);
/** Parts of speech that are no part of a name: verbs, adverbs and function words ("tolerated", "appropriately"). */
const GRAMMAR_TAGS = new Set(["Verb", "Adverb", "Preposition", "Conjunction", "Determiner", "Pronoun", "Modal", "Copula", "QuestionWord"]);

/**
 * What compromise knows of a lower-case word: "name" ("sarah", "nicholson"),
 * "place" ("rome", "baltimore", "catonsville"), "region" (a state or country:
 * "maryland", "bermuda"), "grammar" (a verb, adverb or
 * function word, from its lexicon or its form: "will", "very", "tolerated"),
 * "adjective" ("sacred", "cardiac"; only from its lexicon, since a guess by
 * form would take "Krissy" and "Lomish" for adjectives), "word" (another
 * word of its lexicon: "bill", "sandwich"), or undefined ("masci", "pharmacy").
 */
export function lexiconKind(word: string): WordKind {
  if (kinds.has(word)) return kinds.get(word);
  const tags = tagsOf(word);
  lexicon ??= (nlp!.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const known = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  const kind = tags.some((t) => NAME_TAGS.has(t)) ? "name" : tags.some((t) => REGION_TAGS.has(t)) ? "region" : tags.includes("Place") ? "place" : tags.some((t) => GRAMMAR_TAGS.has(t)) ? "grammar" : known === undefined ? undefined : tags.includes("Adjective") ? "adjective" : "word";
  kinds.set(word, kind);
  return kind;
}

let lexicon: Record<string, string | string[]> | undefined;
const kinds = new Map<string, WordKind>();
const tagged = new Map<string, string[]>();

/**
 * The tags compromise gives a word tagged alone: the parent tags of its lexicon
 * entry ("Gerund" is a Verb), or a guess by form for an unknown word.
 */
function tagsOf(word: string): string[] {
  if (!nlp) throw new Error("compromise is not loaded; call loadNlp() first");
  let tags = tagged.get(word);
  if (!tags) {
    tags = (nlp(word).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? [];
    tagged.set(word, tags);
  }
  return tags;
}

/** Whether compromise knows the word (lower case) as a first name: "harvey", "gary"; not "lincoln" (a surname only). */
export function isFirstName(word: string): boolean {
  return tagsOf(word).includes("FirstName");
}

export type WordKind = "name" | "place" | "region" | "grammar" | "adjective" | "word" | undefined;
