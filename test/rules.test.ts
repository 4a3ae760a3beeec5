import { describe, expect, it } from "vitest";
import { lintText } from "../src/index.js";
import { loadRules } from "../src/rules/load.js";
import { regexRisk } from "../src/rules/regex-safety.js";

const rules = loadRules();

describe("shipped rules", () => {
  it("load, with ids from their paths", () => {
    expect(rules.length).toBeGreaterThan(15);
    for (const r of rules) expect(r.file).toContain(`rules/${r.id}.yaml`);
  });

  it("cover every Safe Harbor identifier category", () => {
    const cats = new Set(rules.map((r) => r.category));
    for (const c of ["name", "location", "date", "age", "phone", "email", "ssn", "mrn", "health-plan", "account",
      "license", "vehicle", "device", "url", "ip", "biometric", "photo", "handle", "other-id"]) {
      expect(cats, c).toContain(c);
    }
  });

  it("have patterns without catastrophic backtracking", () => {
    for (const r of rules) {
      for (const d of r.detect) {
        if (d.kind !== "pattern") continue;
        expect(regexRisk(d.regex.source, d.regex.flags), `${r.id}: ${d.regex.source}`).toBeUndefined();
      }
    }
  });
});

/** A detector rule is tried alone; a judgement rule needs the identifier rules it judges. */
const identifierRules = rules.filter((r) => !r.detect.some((d) => d.kind === "judgement"));
const withDependencies = (rule: (typeof rules)[number]) => (identifierRules.includes(rule) ? [rule] : [...identifierRules, rule]);

describe.each(rules.map((r) => [r.id, r] as const))("rule %s examples", (_id, rule) => {
  const own = async (text: string) =>
    (await lintText(text, { rules: withDependencies(rule), filename: "example.md" })).findings.filter((f) => f.ruleId === rule.id);
  it.each(rule.examples.flag.map((t) => [t]))("flags: %s", async (text) => {
    expect((await own(text)).length).toBeGreaterThan(0);
  });
  if (rule.examples.pass.length) {
    it.each(rule.examples.pass.map((t) => [t]))("passes: %s", async (text) => {
      expect(await own(text)).toEqual([]);
    });
  }
});
