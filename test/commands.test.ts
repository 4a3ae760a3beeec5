import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { chartRule as RULE, cli, tempTree } from "./helpers.js";

describe("test-rules", () => {
  it("passes the shipped rules' examples", () => {
    const r = cli(["test-rules"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✔ \d+ examples in \d+ rules passed/);
  });

  it("runs a team's rule folder and says which example failed and why", () => {
    const dir = tempTree({ "policy/chart.yaml": RULE("chart CH-12345", "chart CH-123456 is fine") });
    const r = cli(["test-rules", "policy"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✖ chart .*flag example "chart CH-12345": the rule found nothing/);
    expect(r.stdout).toMatch(/✖ chart .*pass example "chart CH-123456 is fine": the rule flagged it at 1:7/);
    expect(r.stdout).toMatch(/✖ 2 of 2 examples in 1 rule failed/);
  });

  it("a broken rule file is a usage error naming the file and key", () => {
    const dir = tempTree({ "policy/chart.yaml": RULE("a", "b").replace("severity: error", "severity: loud") });
    const r = cli(["test-rules", "policy"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/chart\.yaml: severity: "loud" is not allowed/);
  });
});

describe("explain", () => {
  it("prints a rule's description, source, detectors, context words and examples", () => {
    const r = cli(["explain", "phi/ssn"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^phi\/ssn {2}\(rules\/phi\/ssn\.yaml\)/);
    expect(r.stdout).toMatch(/Source: 45 CFR 164\.514/);
    expect(r.stdout).toMatch(/confirmed by: ssn, social security/);
    expect(r.stdout).toMatch(/Flags:\n {2}- "SSN 521-44-0917 is on file"/);
  });

  it("an unknown rule is a usage error with suggestions", () => {
    const r = cli(["explain", "ssn"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no rule "ssn"; did you mean phi\/ssn/);
  });
});

describe("print-config and presets", () => {
  it("shows the effective configuration for a draft, ignore globs included", () => {
    const dir = tempTree({
      ".phi-lint.yaml": "extends: strict\nrules:\n  phi/phone: off\nstaff: [Dr. Nadia Okonkwo]\nignore: [\"archive/**\"]\n",
      "archive/old.md": "x\n",
      "drafts/new.md": "x\n",
    });
    const archived = cli(["print-config", "archive/old.md"], { cwd: dir });
    expect(archived.stdout).toMatch(/ignored: true/);
    const r = cli(["print-config", "drafts/new.md"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/configFile: .*\.phi-lint\.yaml/);
    expect(r.stdout).toMatch(/ignored: false/);
    expect(r.stdout).toMatch(/phi\/phone: off/);
    expect(r.stdout).toMatch(/phi\/facility: warning/); // strict raises the info rules
    expect(r.stdout).toMatch(/- Dr\. Nadia Okonkwo/);
  });

  it("an unknown preset names the key", () => {
    const dir = tempTree({ ".phi-lint.yaml": "extends: lenient\n", "a.txt": "x\n" });
    const r = cli(["a.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/extends: unknown rule set "lenient"; use recommended or strict/);
  });
});

describe("git: --staged and --changed-since", () => {
  const git = (dir: string, ...args: string[]) => {
    const r = spawnSync("git", args, { cwd: dir, encoding: "utf8" });
    if (r.status !== 0) throw new Error(r.stderr);
  };
  const repo = () => {
    const dir = tempTree({ "drafts/old.md": "Flu shots are here.\n", "notes.txt": "Our patient Luis Ortega finished radiation!\n" });
    git(dir, "init", "-q");
    git(dir, "-c", "user.email=ci@example.org", "-c", "user.name=CI", "add", ".");
    git(dir, "-c", "user.email=ci@example.org", "-c", "user.name=CI", "commit", "-qm", "start");
    return dir;
  };

  it("--staged lints what is staged, not the working tree", () => {
    const dir = repo();
    writeFileSync(join(dir, "drafts/old.md"), "Our patient Ana Ruiz went home after surgery!\n");
    git(dir, "add", "drafts/old.md");
    writeFileSync(join(dir, "drafts/old.md"), "Flu shots are here again.\n"); // unstaged fix: the commit would still leak
    const staged = cli(["--staged", "--format", "json"], { cwd: dir });
    expect(staged.code).toBe(1);
    expect(JSON.parse(staged.stdout).files.map((f: { path: string }) => f.path)).toEqual(["drafts/old.md"]);
    expect(cli(["drafts/old.md"], { cwd: dir }).code).toBe(0);
  });

  it("--changed-since lints changed and new drafts only", () => {
    const dir = repo();
    writeFileSync(join(dir, "drafts/new.md"), "Welcome our new nurses!\n");
    const r = cli(["--changed-since", "HEAD", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toEqual(["drafts/new.md"]);
  });

  it("outside a repository it is a usage error", () => {
    const r = cli(["--staged"], { cwd: tempTree({ "a.txt": "x" }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/git rev-parse failed/);
  });
});
