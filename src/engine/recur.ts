import { isEnglishWord } from "../detectors/english-words.js";
import { isMedicalWord } from "../detectors/medical-words.js";
import { HONORIFICS, NOT_NAME_WORDS } from "../detectors/name-words.js";
import type { Detection } from "./detect-rule.js";

/** Identifiers whose words, once found, identify wherever they recur in the post. */
const RECURRING = new Set(["name", "location"]);

/**
 * Names and places recur without the context that found them: "Mr. Nicholson
 * ... Nicholson aware of transfer", "transferred to GH ... labs at GH". Each
 * word of a found name or place that no dictionary or clinical list has is looked for again in
 * the same post, as written or in capitals, and reported by the same rule.
 */
export function recurrences(text: string, dets: Detection[]): Detection[] {
  const seen = new Map<string, Detection>();
  for (const d of dets) {
    if (!RECURRING.has(d.rule.category)) continue;
    for (const word of text.slice(d.start, d.end).split(/[\s,]+/)) {
      const w = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
      const lower = w.toLowerCase();
      const long = w.length >= 3 || /^\p{Lu}{2}$/u.test(w);
      if (!long || /['’]/.test(word) || HONORIFICS.test(w) || NOT_NAME_WORDS.has(lower) || isEnglishWord(lower) || isMedicalWord(lower) || seen.has(w)) continue;
      seen.set(w, d);
    }
  }
  const out: Detection[] = [];
  for (const [word, from] of seen) {
    const forms = [...new Set([word, word.toUpperCase()])].map(escape).join("|");
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms})(?![\\p{L}\\p{N}])`, "gu");
    for (const m of text.matchAll(re)) {
      if (dets.some((d) => d.start < m.index + m[0].length && m.index < d.end)) continue;
      out.push({ rule: from.rule, start: m.index, end: m.index + m[0].length, severity: from.severity, reasons: [`the same ${from.rule.category} as found elsewhere in the post`], strength: 1, recurs: from });
    }
  }
  return out;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
