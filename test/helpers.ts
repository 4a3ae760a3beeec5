import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const BIN = join(ROOT, "bin", "phi-lint.js");
export const SHARED = resolve(ROOT, "..", "shared");
export const hasShared = existsSync(join(SHARED, "schemas", "sarif-schema-2.1.0.json"));

/** Runs the built bin like a user would. */
export function cli(args: string[], opts: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh folder with the given files (path -> content). */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), "phi-lint-test-"));
  for (const [rel, content] of Object.entries(files)) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return dir;
}

/** A small valid rule file (clinic chart codes) with the given examples. */
export function chartRule(flag: string, pass: string): string {
  return `category: mrn
severity: error
description: Clinic chart codes.
message: Remove the chart code.
detect:
  pattern: 'CH-\\d{6}'
examples:
  flag: ["${flag}"]
  pass: ["${pass}"]
`;
}
