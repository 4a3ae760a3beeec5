import { isEnglishWord } from "../detectors/english-words.js";
import { isMedicalWord } from "../detectors/medical-words.js";
import { HONORIFICS, isWordFirstName, NOT_NAME_WORDS } from "../detectors/name-words.js";
import type { Detection } from "./detect-rule.js";

/** Identifiers whose words, once found, identify wherever they recur in the post. */
const RECURRING = new Set(["name", "location"]);

/**
 * Names and places recur without the context that found them: "Mr. Nicholson
 * ... Nicholson aware of transfer", "transferred to GH ... labs at GH". Each
 * word of a found name or place that no dictionary or clinical list has is looked for again in
 * the same post, as written or in capitals, and reported by the same rule. A first name that is
 * an everyday word too ("Hazel", "Gene") is looked for only as written, capitalised.
 */
export function recurrences(text: string, dets: Detection[]): Detection[] {
  const seen = new Map<string, Detection>();
  const asWritten = new Set<string>();
  for (const d of dets) {
    if (!RECURRING.has(d.rule.category)) continue;
    for (const word of text.slice(d.start, d.end).split(/[\s,]+/)) {
      const w = word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
      const lower = w.toLowerCase();
      const long = w.length >= 3 || /^\p{Lu}{2}$/u.test(w);
      if (!long || /['’]/.test(word) || HONORIFICS.test(w) || NOT_NAME_WORDS.has(lower) || isMedicalWord(lower) || seen.has(w)) continue;
      if (isEnglishWord(lower)) {
        if (d.rule.category !== "name" || !/^\p{Lu}\p{Ll}+$/u.test(w) || !isWordFirstName(lower)) continue;
        asWritten.add(w);
      }
      seen.set(w, d);
    }
  }
  if (seen.size === 0) return [];
  // One pass over the post for every word, as written and in capitals.
  const forms = new Map<string, Detection>();
  for (const [word, from] of seen) for (const form of asWritten.has(word) ? [word] : [word, word.toUpperCase()]) if (!forms.has(form)) forms.set(form, from);
  const alternatives = [...forms.keys()].sort((a, b) => b.length - a.length).map(escape).join("|");
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, "gu");
  const covered = [...dets].sort((a, b) => a.start - b.start);
  const reach = covered.map((d) => d.end);
  for (let i = 1; i < reach.length; i++) reach[i] = Math.max(reach[i], reach[i - 1]);
  const out: Detection[] = [];
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(covered, reach, start, end)) continue;
    const from = forms.get(m[0])!;
    out.push({ rule: from.rule, start, end, severity: from.severity, reasons: [`the same ${from.rule.category} as found elsewhere in the post`], strength: 1, recurs: from });
  }
  return out;
}

/**
 * Whether [start, end) overlaps a detection: of those that start before `end`
 * (binary search on the sorted starts), the furthest end reaches past `start`.
 */
function overlapsAny(sorted: Detection[], reach: number[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && reach[lo - 1] > start;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
