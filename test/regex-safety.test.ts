import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { regexRisk } from "../src/rules/regex-safety.js";

const rules = loadRules();

// On a machine without the analysis cache every pattern is analysed afresh: up to three runs of at most 3 s each
// (see regex-safety.ts). Each rule file is its own test with a time limit to match its number of patterns, so the
// limit grows with the rules instead of one limit for them all.
describe("shipped rule patterns", () => {
  for (const r of rules) {
    const patterns = r.detect.flatMap((d) => (d.kind === "pattern" ? [d.regex] : []));
    if (patterns.length === 0) continue;
    it(`${r.id}: no catastrophic backtracking`, () => {
      for (const p of patterns) expect(regexRisk(p.source, p.flags), `${r.id}: ${p.source}`).toBeUndefined();
    }, 10_000 * (patterns.length + 1));
  }
});
