import type { Post, Span } from "../documents/document.js";
import { mayMatch } from "../rules/required-text.js";
import type { Detector } from "../rules/rule.js";
import { NOT_NAME_WORDS } from "./name-words.js";
import { PROVING, VALIDATORS, WORD_VALIDATORS } from "./validators.js";

export interface Candidate extends Span {
  reasons: string[];
  /** Confirmed by more than its shape: a checksum, a label before it, or a curated list. */
  confirmed: boolean;
}

/** A pattern anchored on a label before the match ("MRN: ...") is confirmed by that label. */
const labelled = (d: Detector) => d.kind === "pattern" && d.regex.source.startsWith("(?<=");

/** What compromise found in a post, per match expression (computed once per post). */
export type NlpSpans = ReadonlyMap<string, Span[]>;

/** Runs one detector of a rule over a post and returns the spans it finds. */
export function runDetector(d: Detector, post: Post, nlp: NlpSpans): Candidate[] {
  const spans = find(d, post.text);
  const validate = "validate" in d && d.validate ? d.validate : undefined;
  const confirmed = d.kind === "terms" || labelled(d) || (validate !== undefined && PROVING.has(validate));
  const out: Candidate[] = [];
  for (const raw of spans) {
    const trimmed = trim(post.text, raw);
    const span = validate ? validSpan(post.text, NAME_VALIDATORS.has(validate) ? dropPossessive(post.text, dropOpeners(post.text, trimmed)) : trimmed, validate, d.kind === "pattern") : trimmed;
    if (!span || span.end <= span.start) continue;
    out.push({ ...span, reasons: validate ? [`passes the ${validate} check`] : [], confirmed });
  }
  return out;

  function find(det: Detector, text: string): Span[] {
    switch (det.kind) {
      case "pattern":
        return mayMatch(det.regex, text) ? regexSpans(det.regex, text, det.group) : [];
      case "terms":
        return det.terms.spans(text);
      case "nlp":
        return nlp.get(det.match) ?? [];
      case "element":
        return post.images;
      case "judgement":
        return []; // reported by the context stage, after every identifier is known
    }
  }
}

/**
 * The span if it passes the check; else, for a pattern checked word by word,
 * its longest shorter run of words that does, losing words at the end the
 * check names ("VERONICA WHO" -> "VERONICA", "FROM CALVERT HOSPITAL" -> "CALVERT HOSPITAL").
 */
function validSpan(text: string, span: Span, validate: string, shrink: boolean): Span | undefined {
  const check = VALIDATORS[validate];
  const side = shrink ? WORD_VALIDATORS.get(validate) : undefined;
  let { start, end } = span;
  for (;;) {
    if (check(text.slice(start, end))) return { start, end };
    const words = text.slice(start, end);
    if (side === "end") {
      const cut = words.search(/[\s,]+\S*$/);
      if (cut <= 0) return undefined;
      end = trim(text, { start, end: start + cut }).end;
    } else if (side === "start") {
      const cut = /^\S+[\s,]+/.exec(words);
      if (!cut || cut[0].length >= words.length) return undefined;
      start += cut[0].length;
    } else return undefined;
  }
}

/** Validators of a person's name, whose match may open on a word that is no part of it. */
const NAME_VALIDATORS = new Set(["person-name", "possible-name"]);

/**
 * Drops words that open a name's match but are no part of it, while two words remain,
 * or one after a greeting or a relation: "Meet Dr. Gloria Fuentes" -> "Dr. Gloria Fuentes", "Meet Kai" -> "Kai" (not "June Kessler"),
 * "MS, Rachel Kaminski" -> "Rachel Kaminski" (but a label stays: "GI: Conts" is no name).
 */
function dropOpeners(text: string, span: Span): Span {
  const opener = /^(\p{L}+)(,?)\s+(?=\S)/u;
  let start = span.start;
  for (let m = opener.exec(text.slice(start, span.end)); m; m = opener.exec(text.slice(start, span.end))) {
    const word = m[1].toLowerCase();
    const rest = text.slice(start + m[0].length, span.end);
    const twoLeft = /\S\s+\S/.test(rest);
    // "MS, Rachel Kaminski": an abbreviation set off by a comma before a name in mixed case is no part of it.
    const abbreviation = m[2] === "," && /^\p{Lu}{2,5}$/u.test(m[1]) && /\p{Ll}/u.test(rest) && twoLeft;
    // One word may remain after a greeting or a relation ("Meet Kai", "Daughter Maria"), not after any other word ("June Kessler", "My Israeli number").
    const opens = m[2] === "" && NOT_NAME_WORDS.has(word) && (twoLeft || INTRODUCES.has(word));
    if (!abbreviation && !opens) break;
    start += m[0].length;
  }
  return { start, end: span.end };
}

/** Words that greet or introduce the one named right after them, or say how they are related. */
const INTRODUCES = new Set(["hi", "hello", "hey", "dear", "thanks", "thank", "welcome", "congrats", "congratulations", "meet", "hola", "gracias", "felicidades", "mother", "father", "mom", "dad", "mommy", "daddy", "baby", "boy", "girl", "son", "daughter", "wife", "husband", "sister", "brother"]);

/** Drops the possessive ending of a name's match, which is no part of the name: "Mrs. Vuong's" -> "Mrs. Vuong". */
function dropPossessive(text: string, span: Span): Span {
  const m = /['’]s$/.exec(text.slice(span.start, span.end));
  return m && span.end - m[0].length > span.start ? { start: span.start, end: span.end - m[0].length } : span;
}

function regexSpans(regex: RegExp, text: string, group?: number | string): Span[] {
  const out: Span[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    if (group === undefined) {
      out.push({ start: m.index, end: m.index + m[0].length });
      continue;
    }
    const at = typeof group === "number" ? m.indices?.[group] : m.indices?.groups?.[group];
    if (at) out.push({ start: at[0], end: at[1] });
  }
  return out;
}

/** Drops white space and sentence punctuation at the edges of a span ("Denise Carter," -> "Denise Carter"). */
function trim(text: string, span: Span): Span {
  let { start, end } = span;
  // Emoji beside a match are not part of it ("🎉 Stroke unit hit ...").
  // Nor is a dash that signs a quote ("— Walter K.").
  start += /^(?:[\s"'“‘(\[\p{Extended_Pictographic}\u200d\ufe0f]|[—–-](?=[\s—–-]))*/u.exec(text.slice(start, end))![0].length;
  end -= /[\p{Extended_Pictographic}\u200d\ufe0f\s]*$/u.exec(text.slice(start, end))![0].length;
  // A colon ends a label ("Nicole:"), but belongs to "1::" and "10:30:".
  const trailing = (i: number) => /[\s,;!?"'”’)\]]/.test(text[i]) || (text[i] === ":" && !text.slice(start, i).includes(":"));
  while (end > start && trailing(end - 1)) end--;
  // A final full stop belongs to the sentence, unless it ends an initial or an abbreviation ("Anna S.", "Jr.").
  if (end > start && text[end - 1] === "." && /\p{Ll}{2}\.$|\d\.$/u.test(text.slice(start, end)) && !/\b(?:Jr|Sr|St|Ave|Rd|Dr|Blvd|Ln|Ct)\.$/.test(text.slice(start, end))) end--;
  return { start, end };
}
