import { lintText } from "../lint.js";
import type { Rule } from "./rule.js";

export interface ExampleFailure {
  rule: Rule;
  kind: "flag" | "pass";
  text: string;
  why: string;
}

/**
 * Runs every rule's examples: each `flag` text must get a finding from the
 * rule, each `pass` text none. A detector rule is tried alone; a judgement rule
 * runs with the identifier rules it judges.
 */
export async function runExamples(rules: Rule[], all: Rule[] = rules): Promise<{ checked: number; failures: ExampleFailure[] }> {
  const identifiers = all.filter((r) => !r.detect.some((d) => d.kind === "judgement"));
  const failures: ExampleFailure[] = [];
  let checked = 0;
  for (const rule of rules) {
    const with_ = identifiers.includes(rule) ? [rule] : [...identifiers, rule];
    const own = async (text: string) =>
      (await lintText(text, { rules: with_, filename: "example.md" })).findings.filter((f) => f.ruleId === rule.id);
    for (const text of rule.examples.flag) {
      checked++;
      if ((await own(text)).length === 0) failures.push({ rule, kind: "flag", text, why: "the rule found nothing" });
    }
    for (const text of rule.examples.pass) {
      checked++;
      const found = await own(text);
      if (found.length) {
        const where = found.map((f) => `${f.line}:${f.column}-${f.endColumn} (${f.severity})`).join(", ");
        failures.push({ rule, kind: "pass", text, why: `the rule flagged it at ${where}` });
      }
    }
  }
  return { checked, failures };
}
