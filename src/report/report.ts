import type { Rule } from "../rules/rule.js";
import type { FileReport, Severity } from "../types.js";

export const TOOL = { name: "phi-lint", version: "0.1.0", informationUri: "https://example.org/phi-lint" };

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Findings suppressed by inline directives or the baseline (listed per file under `suppressed`). */
  suppressed: number;
}

/** What every formatter receives: the files, their findings, and the rules that produced them. */
export interface ReportInput {
  files: FileReport[];
  rules: Rule[];
  showMatches: boolean;
  color: boolean;
}

export function summarize(files: FileReport[]): Summary {
  const count = (s: Severity) => files.reduce((n, f) => n + f.findings.filter((x) => x.severity === s).length, 0);
  const suppressed = files.reduce((n, f) => n + (f.suppressed?.length ?? 0), 0);
  return { files: files.length, errors: count("error"), warnings: count("warning"), infos: count("info"), suppressed };
}
