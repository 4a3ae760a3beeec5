import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Io } from "../cli.js";
import { EXIT } from "../exit.js";
import { InputError } from "../errors.js";
import { changedSince, stagedSources } from "../git.js";
import { activeRules, lintBytes, lintFiles, lintSources, resolveConfig } from "../lint.js";
import { ignoredFiles } from "../files.js";
import { fixText } from "../fix.js";
import { format, type Format } from "../report/format.js";
import { summarize } from "../report/report.js";
import { applyBaseline, readBaseline, writeBaseline } from "../suppress/baseline.js";
import { severityRank, type FileReport, type Severity } from "../types.js";

export interface LintCommandOptions {
  format: Format;
  output?: string;
  config?: string;
  minSeverity: Severity;
  maxWarnings?: number;
  quiet?: boolean;
  showMatches?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  color: boolean;
  inlineConfig: boolean;
  csvColumn?: string;
  staged?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  changedSince?: string;
  baseline?: string;
  writeBaseline?: string;
}

/** `phi-lint [paths...]`: lint, filter, suppress, format, and say how the run went. */
export async function lintCommand(paths: string[], opts: LintCommandOptions, cwd: string, io: Io, out: { stdout: string; stderr: string }): Promise<number> {
  if (opts.stdin && paths.length) throw new InputError("give either --stdin or paths, not both");
  if (opts.stdinFilename && !opts.stdin) throw new InputError("--stdin-filename needs --stdin");
  if (opts.baseline && opts.writeBaseline) throw new InputError("give either --baseline or --write-baseline, not both");
  const config = resolveConfig({ cwd, configFile: opts.config });
  const rules = activeRules(config);
  const lintOpts = { cwd, config, rules, showMatches: opts.showMatches, inlineConfig: opts.inlineConfig, textColumn: opts.csvColumn };
  if ([opts.stdin, opts.staged, opts.changedSince].filter(Boolean).length > 1) throw new InputError("give only one of --stdin, --staged and --changed-since");
  let files: FileReport[];
  if (opts.stdin) {
    if (!io.readStdin) throw new InputError("standard input is not available");
    const text = await io.readStdin();
    files = [await lintBytes(opts.stdinFilename ?? "<stdin>", Buffer.from(text, "utf8"), lintOpts)];
  } else if (opts.staged) {
    const ignored = ignoredFiles(config.ignore, config.baseDir);
    files = (await lintSources(stagedSources(cwd, paths).filter((s) => !ignored.has(resolve(cwd, s.path))), lintOpts)).files;
  } else if (opts.changedSince) {
    const changed = changedSince(cwd, opts.changedSince, paths);
    files = changed.length ? (await lintFiles(changed, lintOpts)).files : [];
  } else {
    files = (await lintFiles(paths, lintOpts)).files;
  }
  if (opts.fix || opts.fixDryRun) {
    if (opts.stdin || opts.staged) throw new InputError("--fix works on files in the working tree, not with --stdin or --staged");
    const changed = applyFixes(files, cwd, !!opts.fix, out);
    if (opts.fix && changed.length) files = (await lintFiles(paths.length ? paths : ["."], lintOpts)).files;
  }
  if (opts.writeBaseline) {
    const n = writeBaseline(resolve(cwd, opts.writeBaseline), files);
    out.stderr += `phi-lint: recorded ${n} finding${n === 1 ? "" : "s"} in ${opts.writeBaseline}\n`;
    return files.some((f) => f.error) ? EXIT.usage : EXIT.ok;
  }
  if (opts.baseline) {
    const stale = applyBaseline(files, readBaseline(resolve(cwd, opts.baseline)), opts.baseline);
    for (const e of stale) out.stderr += `phi-lint: ${e.path}: baseline entry for ${e.ruleId} no longer matches; update the baseline with --write-baseline\n`;
  }
  const min = opts.quiet ? "error" : opts.minSeverity;
  const shown = (xs: FileReport["findings"]) => xs.filter((x) => severityRank(x.severity) >= severityRank(min));
  const visible = files.map((f) => ({ ...f, findings: shown(f.findings), ...(f.suppressed ? { suppressed: f.suppressed.filter((x) => severityRank(x.severity) >= severityRank(min)) } : {}) }));
  const color = !opts.output && opts.color && !!io.isTTY && !io.env?.NO_COLOR && opts.format === "text";
  const report = format(opts.format, { files: visible, rules, showMatches: !!opts.showMatches, color });
  if (opts.output) {
    try {
      writeFileSync(resolve(cwd, opts.output), report);
    } catch (e) {
      throw new InputError(`${opts.output}: cannot write the report (${(e as NodeJS.ErrnoException).code ?? "error"})`);
    }
  } else out.stdout += report;
  for (const f of files) if (f.error && opts.format !== "text") out.stderr += `phi-lint: ${f.path}: ${f.error}\n`;
  const { errors, warnings } = summarize(visible);
  if (files.some((f) => f.error)) return EXIT.usage;
  if (errors > 0 || (opts.maxWarnings !== undefined && warnings > opts.maxWarnings)) return EXIT.problems;
  return EXIT.ok;
}


/**
 * Anonymizes the identifiers found in each file. With `write`, changed files are
 * rewritten (unchanged ones are never touched); otherwise the anonymized text
 * is printed. Returns the paths that changed.
 */
function applyFixes(files: FileReport[], cwd: string, write: boolean, out: { stdout: string; stderr: string }): string[] {
  const changed: string[] = [];
  for (const f of files) {
    if (f.error || f.findings.length === 0) continue;
    const abs = resolve(cwd, f.path);
    const before = readFileSync(abs, "utf8");
    const bom = before.charCodeAt(0) === 0xfeff ? "\ufeff" : "";
    const { text, changes } = fixText(before.slice(bom.length), f.findings);
    if (changes === 0 || text === before.slice(bom.length)) continue;
    changed.push(f.path);
    if (write) {
      writeFileSync(abs, bom + text);
      out.stderr += `phi-lint: ${f.path}: anonymized ${changes} identifier${changes === 1 ? "" : "s"}\n`;
    } else out.stdout += `--- ${f.path} (${changes} identifier${changes === 1 ? "" : "s"} anonymized)\n${text}${text.endsWith("\n") ? "" : "\n"}`;
  }
  return changed;
}
