import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempTree } from "./helpers.js";

const STORY = "---\ntitle: Rehab\nconsent:\n  id: CF-1\n---\n# Update\n\nHuge shoutout to our patient Denise Carter, who was discharged 11/02/2026! Call her daughter at 415-555-0162.\n";

describe("--fix and --fix-dry-run", () => {
  it("anonymizes identifiers, keeps front matter and Markdown, and the draft then passes", () => {
    const dir = tempTree({ "story.md": STORY });
    const r = cli(["--fix", "story.md"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "story.md"), "utf8")).toBe(
      "---\ntitle: Rehab\nconsent:\n  id: CF-1\n---\n# Update\n\nHuge shoutout to our patient, who was discharged recently! Call her daughter.\n");
    expect(r.stderr).toMatch(/story\.md: anonymized 3 identifiers/);
  });

  it("a name not after a patient word becomes \"a patient\"; numbers leave a placeholder", () => {
    const dir = tempTree({ "a.txt": "Mr. Obi's MRN is 55120987, and Luis Ortega finished radiation.\n" });
    cli(["--fix", "a.txt"], { cwd: dir });
    expect(readFileSync(join(dir, "a.txt"), "utf8")).toMatch(/MRN is \[number removed\], and a patient finished radiation\./);
  });

  it("never writes a file that did not change", async () => {
    const dir = tempTree({ "clean.md": "# Flu shots\n\nAvailable at all our clinics.\n" });
    const before = statSync(join(dir, "clean.md")).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    expect(cli(["--fix", "clean.md"], { cwd: dir }).code).toBe(0);
    expect(statSync(join(dir, "clean.md")).mtimeMs).toBe(before);
  });

  it("--fix-dry-run prints the anonymized draft and writes nothing", () => {
    const dir = tempTree({ "story.md": STORY });
    const r = cli(["--fix-dry-run", "story.md"], { cwd: dir });
    expect(r.stdout).toMatch(/^--- story\.md \(3 identifiers anonymized\)\n---\ntitle: Rehab/);
    expect(r.stdout).not.toMatch(/Denise|415-555-0162/);
    expect(readFileSync(join(dir, "story.md"), "utf8")).toBe(STORY);
  });

  it("keeps CSV rows intact", () => {
    const dir = tempTree({ "p.csv": 'id,message\n1,"Our patient Luis Ortega finished radiation, call 415-555-0162"\n' });
    cli(["--fix", "p.csv"], { cwd: dir });
    expect(readFileSync(join(dir, "p.csv"), "utf8")).toBe('id,message\n1,"Our patient finished radiation, call"\n');
  });
});
