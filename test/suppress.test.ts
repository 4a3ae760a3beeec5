import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv-draft-04";
import { describe, expect, it } from "vitest";
import { cli, hasShared, SHARED, tempTree } from "./helpers.js";

const STORY = "Huge shoutout to our patient Denise Carter, who walked out of rehab today!";
const json = (dir: string, args: string[] = []) => JSON.parse(cli(["--format", "json", ...args, "."], { cwd: dir }).stdout);

describe("inline directives in Markdown", () => {
  it("disable-next-line with a reason suppresses the named rules and records the reason", () => {
    const dir = tempTree({ "a.md": `<!-- phi-lint-disable-next-line phi/name, policy/patient-story -- consent CF-2026-031 on file -->\n${STORY}\n` });
    const [file] = json(dir).files;
    expect(file.findings).toEqual([]);
    expect(file.suppressed.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual(["phi/name", "policy/patient-story"]);
    expect(file.suppressed[0].suppression).toEqual({ kind: "inline", reason: "consent CF-2026-031 on file", line: 1 });
    expect(cli(["a.md"], { cwd: dir }).code).toBe(0);
  });

  it("a directive without a reason is an error and suppresses nothing", () => {
    const dir = tempTree({ "a.md": `<!-- phi-lint-disable-next-line phi/name -->\n${STORY}\n` });
    const [file] = json(dir).files;
    const directive = file.findings.find((f: { ruleId: string }) => f.ruleId === "phi-lint/directive");
    expect(directive).toMatchObject({ severity: "error", line: 1 });
    expect(file.findings.some((f: { ruleId: string }) => f.ruleId === "phi/name")).toBe(true);
  });

  it("disable/enable blocks cover the lines between them, and unused directives are warnings", () => {
    const text = `<!-- phi-lint-disable phi/name, policy/patient-story -- story approved by compliance, ticket 88 -->\n${STORY}\n<!-- phi-lint-enable phi/name, policy/patient-story -->\n${STORY}\n<!-- phi-lint-disable-next-line phi/ssn -- not needed -->\nNothing here.\n`;
    const [file] = json(tempTree({ "a.md": text })).files;
    expect(file.suppressed.every((f: { line: number }) => f.line === 2)).toBe(true);
    expect(file.findings.filter((f: { ruleId: string }) => f.ruleId === "phi/name").map((f: { line: number }) => f.line)).toEqual([4]);
    expect(file.findings.find((f: { ruleId: string; severity: string }) => f.ruleId === "phi-lint/directive")).toMatchObject({ severity: "warning", line: 5 });
  });

  it("--no-inline-config ignores every directive", () => {
    const dir = tempTree({ "a.md": `<!-- phi-lint-disable-next-line phi/name -- consent on file -->\n${STORY}\n` });
    const [file] = json(dir, ["--no-inline-config"]).files;
    expect(file.suppressed).toBeUndefined();
    expect(file.findings.some((f: { ruleId: string }) => f.ruleId === "phi/name")).toBe(true);
  });

  it("an unknown rule id is noted and the directive ignored", () => {
    const [file] = json(tempTree({ "a.md": `<!-- phi-lint-disable-next-line phi/nmae -- typo -->\n${STORY}\n` })).files;
    expect(file.notes[0]).toMatch(/unknown rule phi\/nmae/);
  });

  it.skipIf(!hasShared)("suppressed findings appear in SARIF with a suppressions entry, still valid", () => {
    const dir = tempTree({ "a.md": `<!-- phi-lint-disable-next-line phi/name -- consent CF-2026-031 on file -->\n${STORY}\n` });
    const sarif = JSON.parse(cli(["--format", "sarif", "."], { cwd: dir }).stdout);
    const schema = JSON.parse(readFileSync(join(SHARED, "schemas", "sarif-schema-2.1.0.json"), "utf8"));
    const ajv = new Ajv({ strict: false });
    expect(ajv.validate(schema, sarif), JSON.stringify(ajv.errors)).toBe(true);
    const name = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "phi/name");
    expect(name.suppressions).toEqual([{ kind: "inSource", justification: "consent CF-2026-031 on file" }]);
  });
});

describe("baselines", () => {
  it("round trip: write, then only new findings fail, and stale entries are reported", () => {
    const dir = tempTree({ "old.txt": `${STORY}\n` });
    const written = cli(["--write-baseline", "baseline.json", "."], { cwd: dir });
    expect(written.code).toBe(0);
    const baseline = readFileSync(join(dir, "baseline.json"), "utf8");
    expect(baseline).not.toContain("Denise");
    expect(cli(["--baseline", "baseline.json", "."], { cwd: dir }).code).toBe(0);

    // An unrelated line above keeps the old finding matched; a new story fails.
    const edited = tempTree({ "old.txt": `A new first line.\n\n${STORY}\n`, "new.txt": "Our patient Luis Ortega finished radiation this week!\n", "baseline.json": baseline });
    const r = cli(["--baseline", "baseline.json", "--format", "json", "."], { cwd: edited });
    expect(r.code).toBe(1);
    const files = JSON.parse(r.stdout).files;
    expect(files.find((f: { path: string }) => f.path === "old.txt").findings).toEqual([]);
    expect(files.find((f: { path: string }) => f.path === "old.txt").suppressed[0].suppression.kind).toBe("baseline");
    expect(files.find((f: { path: string }) => f.path === "new.txt").findings.length).toBeGreaterThan(0);

    const fixed = tempTree({ "old.txt": "Flu shots are available.\n", "baseline.json": baseline });
    const s = cli(["--baseline", "baseline.json", "."], { cwd: fixed });
    expect(s.code).toBe(0);
    expect(s.stderr).toMatch(/old\.txt: baseline entry for .* no longer matches/);
  });

  it("a missing or malformed baseline is a usage error", () => {
    const dir = tempTree({ "a.txt": "hi\n", "bad.json": "{\"entries\": 3}" });
    expect(cli(["--baseline", "nope.json", "."], { cwd: dir }).stderr).toMatch(/nope\.json: cannot read the baseline/);
    const r = cli(["--baseline", "bad.json", "."], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.json: entries: not a phi-lint baseline/);
  });
});
