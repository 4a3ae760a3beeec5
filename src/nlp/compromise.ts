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
      const found = view.match(compiled.get(e)!).json({ offset: true }) as { offset: { start: number; length: number } }[];
      for (const f of found) out.get(e)!.push({ start: chunk.start + f.offset.start, end: chunk.start + f.offset.start + f.offset.length });
    }
  }
  return out;
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

const NAME_TAGS = new Set(["FirstName", "MaleName", "FemaleName", "LastName", "Person"]);
/** Parts of speech compromise infers from a word's form ("tolerated", "appropriately"). */
const FORM_TAGS = new Set(["Verb", "Adverb", "Adjective", "Preposition", "Conjunction", "Determiner", "Pronoun", "Modal"]);

/**
 * What compromise knows of a lower-case word: "name" ("sarah", "nicholson"),
 * "word" (in its lexicon as another part of speech, "will", "very"; or a verb,
 * adverb or adjective by its form, "tolerated"), or undefined ("masci").
 */
export function lexiconKind(word: string): "name" | "word" | undefined {
  if (!nlp) throw new Error("compromise is not loaded; call loadNlp() first");
  if (kinds.has(word)) return kinds.get(word);
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const known = Object.hasOwn(lexicon, word) ? lexicon[word] : undefined;
  const tags = known === undefined ? ((nlp(word).json() as { terms: { tags: string[] }[] }[])[0]?.terms[0]?.tags ?? []) : Array.isArray(known) ? known : [known];
  const kind = tags.some((t) => NAME_TAGS.has(t)) ? "name" : known !== undefined || tags.some((t) => FORM_TAGS.has(t)) ? "word" : undefined;
  kinds.set(word, kind);
  return kind;
}

let lexicon: Record<string, string | string[]> | undefined;
const kinds = new Map<string, "name" | "word" | undefined>();
