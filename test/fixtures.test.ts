import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lintText } from "../src/index.js";
import { severityRank } from "../src/types.js";
import { ROOT } from "./helpers.js";

/**
 * Each fixture line may end in markers such as `{phi/mrn}`: that rule must flag
 * the line. Findings at warning or above must stand on a line that names their
 * rule. Drafts named ok-* must get no warning or error at all.
 */
const dir = join(ROOT, "fixtures");
const MARKER = /\s*\{([a-z0-9/-]+)\}/g;

describe.each(readdirSync(dir).filter((f) => !f.startsWith(".")).map((f) => [f]))("fixture %s", (name) => {
  it("gets exactly the findings its markers name", async () => {
    const raw = readFileSync(join(dir, name), "utf8");
    const expected = new Map<number, Set<string>>();
    const text = raw
      .split("\n")
      .map((line, i) => {
        for (const m of line.matchAll(MARKER)) {
          if (!expected.has(i + 1)) expected.set(i + 1, new Set());
          expected.get(i + 1)!.add(m[1]);
        }
        return line.replace(MARKER, "");
      })
      .join("\n");
    const report = await lintText(text, { filename: name, cwd: ROOT });
    if (name.startsWith("ok-")) expect(expected.size).toBe(0);
    for (const [line, ids] of expected) {
      const found = report.findings.filter((f) => f.line === line).map((f) => f.ruleId);
      for (const id of ids) expect(found, `line ${line} should be flagged by ${id}`).toContain(id);
    }
    for (const f of report.findings.filter((x) => severityRank(x.severity) >= severityRank("warning"))) {
      expect(expected.get(f.line)?.has(f.ruleId), `unexpected ${f.ruleId} (${f.severity}) at ${f.line}:${f.column}`).toBe(true);
    }
  });
});
