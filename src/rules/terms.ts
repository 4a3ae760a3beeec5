import type { Span } from "../documents/document.js";

/**
 * A set of words and phrases found as whole words (not inside a domain or
 * address: "example.org" holds no word "example"). Spaces in a term match any
 * run of white space or a hyphen ("skin graft", "skin-graft"); a plural ("s", "es", "surgeries") or possessive is accepted unless the
 * set is case-sensitive (names, codes). An entry written in capitals (ICU, ER,
 * MS) matches only in capitals, so it never fires on "er" or "Ms.".
 */
export class TermSet {
  private readonly regexes: RegExp[];

  /** `verbs`: also match the -s, -ed and -ing forms of each word ("survive" finds "surviving"). */
  constructor(terms: string[], caseSensitive = false, verbs = false) {
    const unique = [...new Set(terms.map((t) => t.trim()).filter(Boolean))];
    const exact = caseSensitive ? unique : unique.filter(isAcronym);
    const folded = caseSensitive ? [] : unique.filter((t) => !isAcronym(t));
    this.regexes = [build(folded, "giu", true, verbs), build(exact, "gu", !caseSensitive, false)].filter((r): r is RegExp => r !== undefined);
  }

  /** Every match, in text order. */
  spans(text: string): Span[] {
    const out: Span[] = [];
    for (const re of this.regexes) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
    }
    return out.sort((a, b) => a.start - b.start);
  }

  /** The first match, lower-cased, or undefined. */
  first(text: string): string | undefined {
    const s = this.spans(text)[0];
    return s && text.slice(s.start, s.end).toLowerCase();
  }
}

const isAcronym = (t: string) => /^[A-Z0-9&.-]{2,}$/.test(t) && /[A-Z]{2}/.test(t);

function build(terms: string[], flags: string, inflect: boolean, verbs: boolean): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const alternatives = terms
    .sort((a, b) => b.length - a.length)
    .map((t) => {
      const words = t.split(/\s+/);
      const last = words.pop()!;
      const head = words.map((w) => `${escape(w)}(?:[\\s\\u00a0]+|-)`).join("");
      if (verbs && /^\p{Ll}{3,}$/u.test(last)) return head + verbForms(last);
      if (inflect && /[^aeiou]y$/i.test(last)) return `${head}${escape(last.slice(0, -1))}(?:y|ies|y's|y’s)`; // "surgery", "surgeries"
      return head + (inflect && /[\p{L}]$/u.test(last) ? `${escape(last)}(?:s|es|'s|’s)?` : escape(last));
    });
  // A domain, address or web path holds no word: "example" in "comms@example.org", "giftshop.example@gmail.com", "www.example.com" or
  // "https://example.zoom.us", "records" in "example.org/records".
  return new RegExp(`(?<![\\p{L}\\p{N}_@]|www\\.|@[\\w.-]*|:\\/\\/[\\w.-]*|\\.(?:org|com|net|edu|gov|io|co|us|info)\\/[\\w\\/.-]*)(?:${alternatives.join("|")})(?![\\p{L}\\p{N}_@]|\\.(?:org|com|net|edu|gov|io|co|us|info)(?!\\p{L}))`, flags);
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
