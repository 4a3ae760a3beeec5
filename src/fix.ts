import type { Category, Finding } from "./types.js";

/**
 * What each identifier becomes when a draft is anonymized. Names become "a
 * patient" when tied to care ("someone" otherwise), dates "recently", phone
 * numbers and handles are removed, other identifiers leave a placeholder.
 * Policy findings and photos need a person's judgement and are left alone.
 */
const REPLACEMENT: Partial<Record<Category, string>> = {
  date: "recently",
  age: "elderly",
  phone: "",
  handle: "",
  email: "[email removed]",
  location: "[location removed]",
  ssn: "[number removed]",
  mrn: "[number removed]",
  "health-plan": "[number removed]",
  account: "[number removed]",
  license: "[number removed]",
  vehicle: "[number removed]",
  device: "[number removed]",
  ip: "[address removed]",
  url: "[link removed]",
  biometric: "[identifier removed]",
  "other-id": "[number removed]",
};

function replacement(f: Finding): string | undefined {
  if (f.category === "name") return f.severity === "error" ? "a patient" : "someone";
  return REPLACEMENT[f.category];
}

/** Rewrites the identifiers among `findings` (warning or error) in `text`; returns the new text and how many were changed. */
export function fixText(text: string, findings: Finding[]): { text: string; changes: number } {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  const offset = (line: number, column: number) => starts[line - 1] + column - 1;
  const edits = findings
    .filter((f) => f.severity !== "info" && replacement(f) !== undefined)
    .map((f) => ({ start: offset(f.line, f.column), end: offset(f.endLine, f.endColumn), to: replacement(f)! }))
    .sort((a, b) => b.start - a.start);
  let out = text;
  let changes = 0;
  let floor = Infinity;
  for (const e of edits) {
    if (e.end > floor) continue; // overlaps an edit already made
    let { start, end } = e;
    let to = e.to;
    const before = out.slice(Math.max(0, start - 24), start);
    if (to === "a patient" && /\b(?:patient|resident)\s$/i.test(before)) {
      to = ""; // "our patient Denise Carter" -> "our patient"
    }
    if (to === "") {
      // Take the joining space, and a preposition left dangling ("call her at 415-555-0162." -> "call her.").
      const joiner = /\s+(?:at|on|to|via|is)?\s*:?\s*$/i.exec(before);
      if (joiner && /\s/.test(joiner[0])) start -= joiner[0].length;
      else if (out[end] === " ") end++;
    }
    out = out.slice(0, start) + to + out.slice(end);
    floor = start;
    changes++;
  }
  return { text: out, changes };
}
