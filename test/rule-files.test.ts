import { describe, expect, it } from "vitest";
import { loadRules } from "../src/rules/load.js";
import { chartRule, tempTree } from "./helpers.js";

const GOOD = chartRule("chart CH-123456", "chart room");

function loadWith(body: string): () => unknown {
  const dir = tempTree({ "team/chart.yaml": body });
  return () => loadRules([dir]);
}

describe("rule files from ruleDirs", () => {
  it("load beside the shipped rules, with ids from their paths", () => {
    const dir = tempTree({ "team/chart.yaml": GOOD });
    const rules = loadRules([dir]);
    expect(rules.find((r) => r.id === "team/chart")?.category).toBe("mrn");
  });

  it.each([
    ["an unknown key", GOOD.replace("severity: error", "severity: error\nseverty: high"), /chart\.yaml: severty: unknown key/],
    ["a wrong type", GOOD.replace("pass: [\"chart room\"]", "pass: chart room"), /chart\.yaml: examples\.pass: must be a list of strings/],
    ["an unknown category", GOOD.replace("category: mrn", "category: gossip"), /chart\.yaml: category: "gossip" is not allowed/],
    ["a regex that does not compile", GOOD.replace("CH-\\d{6}", "CH-(\\d{6}"), /chart\.yaml: detect\.pattern: not a valid regular expression/],
    ["a regex at risk of catastrophic backtracking", GOOD.replace("CH-\\d{6}", "^(a+)+$"), /chart\.yaml: detect\.pattern: risks catastrophic backtracking/],
    ["an unknown validator", GOOD.replace("pattern: 'CH-\\d{6}'", "pattern: 'CH-\\d{6}'\n  validate: crc99"), /detect\.validate: "crc99" is not allowed/],
    ["a missing list", GOOD.replace("pattern: 'CH-\\d{6}'", "list: no-such-list"), /detect\.list: no list named "no-such-list"/],
    ["invalid YAML", "category: [mrn", /chart\.yaml: not valid YAML/],
    ["no flag examples", GOOD.replace('flag: ["chart CH-123456"]', "flag: []"), /examples\.flag: give at least one/],
  ])("refuse %s, naming the file and key", (_what, body, message) => {
    expect(loadWith(body)).toThrow(message);
  });

  it("refuse an id the shipped rules already use", () => {
    const dir = tempTree({ "phi/ssn.yaml": GOOD });
    expect(() => loadRules([dir])).toThrow(/rule id "phi\/ssn" is already defined/);
  });
});
