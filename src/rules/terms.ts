import type { Span } from "../documents/document.js";

/**
 * A set of words and phrases found as whole words (not inside a domain or
 * address: "example.org" holds no word "example"). Spaces in a term match any
 * run of white space or a hyphen ("skin graft", "skin-graft"); a plural ("s", "es", "surgeries") or possessive is accepted unless the
 * set is case-sensitive (names, codes). An entry written in capitals (ICU, ER,
 * MS) matches only in capitals, so it never fires on "er" or "Ms.".
 */
export class TermSet {
  private readonly groups: TermGroup[];

  /** `verbs`: also match the -s, -ed and -ing forms of each word ("survive" finds "surviving"). */
  constructor(terms: string[], caseSensitive = false, verbs = false) {
    const unique = [...new Set(terms.map((t) => t.trim()).filter(Boolean))];
    const exact = caseSensitive ? unique : unique.filter(isAcronym);
    const folded = caseSensitive ? [] : unique.filter((t) => !isAcronym(t));
    this.groups = [];
    if (folded.length) this.groups.push(new TermGroup(folded, true, true, verbs));
    if (exact.length) this.groups.push(new TermGroup(exact, false, !caseSensitive, false));
  }

  /** Every match, in text order. */
  spans(text: string): Span[] {
    return this.groups.flatMap((g) => g.spans(text)).sort((a, b) => a.start - b.start);
  }

  /** The first match, lower-cased, or undefined. */
  first(text: string): string | undefined {
    const s = this.spans(text)[0];
    return s && text.slice(s.start, s.end).toLowerCase();
  }
}

const isAcronym = (t: string) => /^[A-Z0-9&.-]{2,}$/.test(t) && /[A-Z]{2}/.test(t);

// A domain, address or web path holds no word: "example" in "comms@example.org", "giftshop.example@gmail.com", "www.example.com" or
// "https://example.zoom.us", "records" in "example.org/records".
const NOT_AFTER = String.raw`(?<![\p{L}\p{N}_@]|www\.|@[\w.-]*|:\/\/[\w.-]*|\.(?:org|com|net|edu|gov|io|co|us|info)\/[\w\/.-]*)`;
const NOT_BEFORE = String.raw`(?![\p{L}\p{N}_@]|\.(?:org|com|net|edu|gov|io|co|us|info)(?!\p{L}))`;

/** How many characters of a term's opening are looked up before its pattern is tried. */
const KEY_LENGTH = 4;

/**
 * The terms of one case mode. One pattern of thousands of alternatives costs V8
 * a quarter of a second to compile on first use, so the terms are indexed by
 * their first characters (up to four, never into an inflected ending), and at
 * each place a word may start only the terms whose opening is there are tried:
 * one pattern for each set of openings met, compiled when first met. The
 * alternatives keep their order (longest first), so a match is the one a
 * single pattern of all terms would give.
 */
class TermGroup {
  private readonly byKey = new Map<string, number[]>();
  private readonly alternatives: string[];
  private readonly start: RegExp;
  private readonly compiled = new Map<string, RegExp>();

  constructor(terms: string[], private readonly fold: boolean, inflect: boolean, verbs: boolean) {
    const sorted = [...terms].sort((a, b) => b.length - a.length);
    this.alternatives = sorted.map((t) => alternative(t, inflect, verbs));
    const firsts = new Set<string>();
    sorted.forEach((t, i) => {
      const key = this.key(t.slice(0, Math.min(KEY_LENGTH, literalOpening(t, inflect, verbs))));
      const bucket = this.byKey.get(key);
      if (bucket) bucket.push(i);
      else this.byKey.set(key, [i]);
      firsts.add(key[0]);
    });
    const chars = [...firsts].map((c) => c.replace(/[\]\\^-]/g, "\\$&")).join("");
    this.start = new RegExp(`${NOT_AFTER}[${chars}]`, fold ? "giu" : "gu");
  }

  spans(text: string): Span[] {
    const out: Span[] = [];
    this.start.lastIndex = 0;
    for (let m = this.start.exec(text); m; m = this.start.exec(text)) {
      const at = m.index;
      const regex = this.candidates(text.slice(at, at + KEY_LENGTH));
      if (!regex) continue;
      regex.lastIndex = at;
      const hit = regex.exec(text);
      if (!hit) continue;
      out.push({ start: at, end: at + hit[0].length });
      this.start.lastIndex = at + hit[0].length;
    }
    return out;
  }

  /** The pattern of the terms that open with a prefix of `opening`, in their order; undefined when none does. */
  private candidates(opening: string): RegExp | undefined {
    const keys: string[] = [];
    const folded = this.key(opening);
    for (let n = 1; n <= folded.length; n++) if (this.byKey.has(folded.slice(0, n))) keys.push(folded.slice(0, n));
    if (keys.length === 0) return undefined;
    const id = keys.join("\u0000");
    let regex = this.compiled.get(id);
    if (!regex) {
      const indices = keys.flatMap((k) => this.byKey.get(k)!).sort((a, b) => a - b);
      regex = new RegExp(`(?:${indices.map((i) => this.alternatives[i]).join("|")})${NOT_BEFORE}`, this.fold ? "iuy" : "uy");
      this.compiled.set(id, regex);
    }
    return regex;
  }

  /** A term's or a text's opening as looked up: case-folded when the group ignores case ("ſ" and "S" are "s"). */
  private key(s: string): string {
    return this.fold ? [...s].map((c) => c.toUpperCase().toLowerCase()).join("") : s;
  }
}

/** How many characters a term's matches always open with as written: all but the part its inflection rewrites. */
function literalOpening(term: string, inflect: boolean, verbs: boolean): number {
  const words = term.split(/\s+/);
  if (words.length > 1) return words[0].length;
  if (verbs && /^\p{Ll}{3,}$/u.test(term)) return term.endsWith("e") && !/(?:ed|ing)$/.test(term) ? term.length - 1 : term.length;
  if (inflect && /[^aeiou]y$/i.test(term)) return term.length - 1;
  return term.length;
}

/** A term as a pattern: "surgery" -> surger(?:y|ies|y's|y’s), "skin graft" -> skin(?:[\s\u00a0]+|-)graft(?:s|es|'s|’s)?. */
function alternative(term: string, inflect: boolean, verbs: boolean): string {
  const words = term.split(/\s+/);
  const last = words.pop()!;
  const head = words.map((w) => `${escape(w)}(?:[\\s\\u00a0]+|-)`).join("");
  if (verbs && /^\p{Ll}{3,}$/u.test(last)) return head + verbForms(last);
  if (inflect && /[^aeiou]y$/i.test(last)) return `${head}${escape(last.slice(0, -1))}(?:y|ies|y's|y’s)`; // "surgery", "surgeries"
  return head + (inflect && /[\p{L}]$/u.test(last) ? `${escape(last)}(?:s|es|'s|’s)?` : escape(last));
}

/** "survive" -> surviv(?:e|es|ed|ing); "treat" -> treat(?:s|ed|ing)?; "admitted" stays as written. */
function verbForms(word: string): string {
  if (/(?:ed|ing)$/.test(word)) return escape(word);
  if (word.endsWith("e")) return `${escape(word.slice(0, -1))}(?:e|es|ed|ing)`;
  return `${escape(word)}(?:s|es|ed|ing)?`;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
