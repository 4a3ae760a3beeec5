import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { runExamples } from "../src/rules/examples.js";

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
});

describe("rule examples", () => {
  it.each(rules.map((r) => [r.id, r] as const))("%s: flag examples are flagged, pass examples pass", async (_id, rule) => {
    const { checked, failures } = await runExamples([rule], rules);
    expect(checked).toBe(rule.examples.flag.length + rule.examples.pass.length);
    expect(failures.map((f) => `${f.kind}: ${f.text} -> ${f.why}`)).toEqual([]);
  });
});
