import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv-draft-04";
import { describe, expect, it } from "vitest";
import { chartRule, cli, hasShared, SHARED, tempTree } from "./helpers.js";

const PHI = "Our patient Denise Carter (SSN 521-44-0917, cell 415-555-0162) was discharged 11/02/2026.\n";
const SECRETS = ["Denise Carter", "521-44-0917", "415-555-0162", "11/02/2026"];

describe("exit codes", () => {
  it("0 on clean drafts, with every file listed in JSON", () => {
    const dir = tempTree({ "a.txt": "Flu shots are available at all our clinics.\n", "b.md": "# Tips\nDrink water.\n", "empty.txt": "" });
    const r = cli(["--format", "json", dir]);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.version).toBe(1);
    expect(report.tool.name).toBe("phi-lint");
    expect(report.files).toHaveLength(3);
    expect(report.files.every((f: { findings: unknown[] }) => f.findings.length === 0)).toBe(true);
    expect(report.summary).toEqual({ files: 3, errors: 0, warnings: 0, infos: 0, suppressed: 0 });
  });

  it("1 on errors, with findings in the JSON contract shape", () => {
    const dir = tempTree({ "drafts/post.txt": PHI });
    const r = cli(["--format", "json", "drafts"], { cwd: dir });
    expect(r.code).toBe(1);
    const [file] = JSON.parse(r.stdout).files;
    expect(file.path).toBe("drafts/post.txt");
    const ssn = file.findings.find((f: { ruleId: string }) => f.ruleId === "phi/ssn");
    expect(ssn).toMatchObject({ category: "ssn", severity: "error", line: 1, column: 32, endLine: 1, endColumn: 43 });
    expect(ssn.reasons.length).toBeGreaterThan(0);
  });

  it("1 when warnings pass --max-warnings, 0 within it", () => {
    const dir = tempTree({ "a.txt": "The front desk line is 415-555-0162.\n" });
    expect(cli(["--max-warnings", "0", dir]).code).toBe(1);
    expect(cli(["--max-warnings", "5", dir]).code).toBe(0);
  });

  it("--quiet and --min-severity filter what is reported", () => {
    const dir = tempTree({ "a.txt": "The front desk line is 415-555-0162.\n" });
    const quiet = JSON.parse(cli(["--quiet", "--format", "json", dir]).stdout);
    expect(quiet.summary.warnings).toBe(0);
    const all = JSON.parse(cli(["--min-severity", "info", "--format", "json", dir]).stdout);
    expect(all.summary.warnings + all.summary.infos).toBeGreaterThan(0);
  });

  it.each([
    [["--format", "xml", "."], /argument 'xml' is invalid/],
    [["--no-such-option"], /unknown option/],
    [["--max-warnings", "lots", "."], /--max-warnings takes a whole number/],
    [["does-not-exist.md"], /does-not-exist\.md: no such file or folder/],
  ])("2 on bad usage: %j", (args, message) => {
    const r = cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });
});

describe("bad input", () => {
  it("reports a binary file, still lints the rest, and exits 2", () => {
    const dir = tempTree({ "photo.md": new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), "ok.txt": "Hello\n", "bad.txt": PHI });
    const r = cli(["--format", "json", dir]);
    expect(r.code).toBe(2);
    const files = JSON.parse(r.stdout).files;
    expect(files.find((f: { path: string }) => f.path.endsWith("photo.md")).error).toMatch(/binary/);
    expect(files.find((f: { path: string }) => f.path.endsWith("bad.txt")).findings.length).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/photo\.md: file looks binary/);
  });

  it("reads non-UTF-8 text and says so", () => {
    const dir = tempTree({ "latin.txt": Buffer.from("Caf\xe9 visit, SSN 521-44-0917\n", "latin1") });
    const r = cli(["--format", "json", dir]);
    const [file] = JSON.parse(r.stdout).files;
    expect(file.notes[0]).toMatch(/not valid UTF-8/);
    expect(file.findings.some((f: { ruleId: string }) => f.ruleId === "phi/ssn")).toBe(true);
  });

  it("keeps file positions true after a BOM and front matter", () => {
    const dir = tempTree({ "post.md": "\ufeff---\ntitle: Update\n---\nSSN 521-44-0917\n" });
    const [file] = JSON.parse(cli(["--format", "json", dir]).stdout).files;
    expect(file.findings[0]).toMatchObject({ ruleId: "phi/ssn", line: 4, column: 5 });
  });

  it("names the config file and key when the config is malformed", () => {
    const dir = tempTree({ ".phi-lint.yaml": "rules:\n  phi/ssn: loud\n", "a.txt": "hi\n" });
    const r = cli(["a.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.phi-lint\.yaml: rules\.phi\/ssn: "loud" is not a level/);
  });

  it("names the rule file and key when a ruleDirs rule is malformed", () => {
    const dir = tempTree({ ".phi-lint.yaml": "ruleDirs: [policy]\n", "policy/x.yaml": "category: ssn\nsevertiy: error\n", "a.txt": "hi\n" });
    const r = cli(["a.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/policy\/x\.yaml: severtiy: unknown key/);
  });

  it("a team rule's lowerBefore words lower a match only when they come before it", () => {
    const rule = chartRule("chart CH-123456", "none").replace("category: mrn", "category: security").replace("examples:", "context:\n  lowerBefore: [not]\nexamples:");
    const dir = tempTree({ ".phi-lint.yaml": "ruleDirs: [policy]\n", "policy/chart.yaml": rule, "a.txt": "Not chart CH-123456.\n\nChart CH-654321, not mine.\n" });
    const [file] = JSON.parse(cli(["--format", "json", "--min-severity", "info", "a.txt"], { cwd: dir }).stdout).files;
    const chart = file.findings.filter((f: { ruleId: string }) => f.ruleId === "chart");
    expect(chart.map((f: { line: number; severity: string }) => `${f.line}:${f.severity}`)).toEqual(["1:info", "3:error"]);
  });

  it("applies config severities and turns rules off", () => {
    const dir = tempTree({ ".phi-lint.yaml": "rules:\n  phi/ssn: off\n  phi/phone: error\n", "a.txt": "SSN 521-44-0917, front desk 415-555-0162\n" });
    const [file] = JSON.parse(cli(["--format", "json", "a.txt"], { cwd: dir }).stdout).files;
    expect(file.findings.map((f: { ruleId: string; severity: string }) => `${f.ruleId}:${f.severity}`)).toEqual(["phi/phone:error"]);
  });
});

describe("never leaks PHI", () => {
  const dir = tempTree({ "post.txt": PHI, "photo.md": "![Denise Carter in bed](denise.jpg)\n" });
  it.each(["text", "json", "sarif", "github"])("%s output carries no matched text", (format) => {
    const r = cli(["--format", format, "--min-severity", "info", dir]);
    for (const s of SECRETS) expect(r.stdout + r.stderr).not.toContain(s);
  });

  it("prints matched text only with --show-matches", () => {
    const r = cli(["--format", "json", "--show-matches", dir]);
    expect(r.stdout).toContain("521-44-0917");
  });

  it("keeps a name out of the reasons that quote the care around it", () => {
    const donor = tempTree({ "donor.txt": "Pedro Ruiz gave his daughter Camila part of his liver here last week.\n" });
    for (const format of ["text", "json", "sarif", "github"]) {
      const out = cli(["--format", format, donor]).stdout.toLowerCase();
      if (format === "text" || format === "json") expect(out).toContain("gave his daughter … part of his liver");
      expect(out).not.toContain("camila");
    }
    expect(cli(["--format", "json", "--show-matches", donor]).stdout).toContain("gave his daughter camila part of his liver");
  });
});

describe("stdin and output", () => {
  it("lints standard input with a name", () => {
    const r = cli(["--stdin", "--stdin-filename", "draft.md", "--format", "json"], { input: PHI });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).files[0].path).toBe("draft.md");
  });

  it("writes the report to --output", () => {
    const dir = tempTree({ "a.txt": PHI });
    const r = cli(["--format", "json", "--output", "report.json", "a.txt"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(JSON.parse(readFileSync(join(dir, "report.json"), "utf8")).summary.errors).toBeGreaterThan(0);
  });

  it("text output groups findings by file and ends with a summary", () => {
    const dir = tempTree({ "a.txt": PHI });
    const r = cli(["a.txt"], { cwd: dir });
    expect(r.stdout).toMatch(/^a\.txt\n {2}1:\d+ +error/);
    expect(r.stdout).toMatch(/✖ \d+ problems \(\d+ errors?, \d+ warnings?\); 1 file checked\./);
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it("lists the rules", () => {
    const r = cli(["rules"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^phi\/ssn +ssn +error +Social Security numbers/m);
  });
});

describe.skipIf(!hasShared)("SARIF", () => {
  it("validates against the SARIF 2.1.0 schema, with rules and fingerprints", () => {
    const dir = tempTree({ "post.txt": PHI, "photo.md": "![Denise in bed](d.jpg)\n", "bin.txt": new Uint8Array([0, 1, 2]) });
    const r = cli(["--format", "sarif", "--min-severity", "info", dir]);
    const sarif = JSON.parse(r.stdout);
    const schema = JSON.parse(readFileSync(join(SHARED, "schemas", "sarif-schema-2.1.0.json"), "utf8"));
    const ajv = new Ajv({ allErrors: true, strict: false });
    const valid = ajv.validate(schema, sarif);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((x: { id: string }) => x.id)).toContain("phi/ssn");
    expect(run.results.length).toBeGreaterThan(3);
    for (const res of run.results) expect(res.partialFingerprints["phiLint/v1"]).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(run.results.map((x: { level: string }) => x.level))).toContain("error");
  });

  it("keeps fingerprints stable when unrelated lines are added above", () => {
    const a = tempTree({ "p.txt": PHI });
    const b = tempTree({ "p.txt": `A new opening line.\n\n${PHI}` });
    const prints = (d: string) => JSON.parse(cli(["--format", "sarif", d]).stdout).runs[0].results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints["phiLint/v1"]);
    expect(prints(b)).toEqual(prints(a));
  });
});
