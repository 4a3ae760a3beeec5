import { readFileSync, writeFileSync } from "node:fs";
import { InputError } from "../errors.js";
import type { FileReport } from "../types.js";

/**
 * A baseline records the findings a repository already has, so a team can
 * adopt phi-lint and fail only on new ones. Entries hold the file, the rule and
 * the finding's fingerprint (a hash; never the matched text), so they survive
 * unrelated edits above a finding.
 */
export interface BaselineEntry {
  path: string;
  ruleId: string;
  fingerprint: string;
}

export function writeBaseline(file: string, files: FileReport[]): number {
  const entries: BaselineEntry[] = files.flatMap((f) =>
    f.findings.filter((x) => x.fingerprint).map((x) => ({ path: f.path, ruleId: x.ruleId, fingerprint: x.fingerprint! })));
  try {
    writeFileSync(file, `${JSON.stringify({ version: 1, tool: "phi-lint", entries }, null, 2)}\n`);
  } catch (e) {
    throw new InputError(`${file}: cannot write the baseline (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
  return entries.length;
}

export function readBaseline(file: string): BaselineEntry[] {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new InputError(`${file}: cannot read the baseline (${(e as Error).message.split("\n")[0]}); write one with --write-baseline`);
  }
  const entries = (raw as { entries?: unknown })?.entries;
  const ok = Array.isArray(entries) && entries.every((e) =>
    e && typeof e.path === "string" && typeof e.ruleId === "string" && typeof e.fingerprint === "string");
  if (!ok) throw new InputError(`${file}: entries: not a phi-lint baseline (expected entries of path, ruleId, fingerprint)`);
  return entries as BaselineEntry[];
}

/** Moves findings found in the baseline to `suppressed`; returns the entries nothing matched any more. */
export function applyBaseline(files: FileReport[], entries: BaselineEntry[], file: string): BaselineEntry[] {
  const key = (path: string, ruleId: string, fp: string) => `${path}\0${ruleId}\0${fp}`;
  const known = new Set(entries.map((e) => key(e.path, e.ruleId, e.fingerprint)));
  const unmatched = new Map(entries.map((e) => [key(e.path, e.ruleId, e.fingerprint), e]));
  for (const f of files) {
    const kept = [];
    for (const x of f.findings) {
      const k = key(f.path, x.ruleId, x.fingerprint ?? "");
      if (x.fingerprint && known.has(k)) {
        unmatched.delete(k);
        (f.suppressed ??= []).push({ ...x, suppression: { kind: "baseline", reason: `recorded in the baseline ${file}` } });
      } else kept.push(x);
    }
    f.findings = kept;
  }
  return [...unmatched.values()];
}
