import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { defaultConfig, findConfig, loadConfig, type Config } from "./config/config.js";
import { loadConsentRegistry } from "./context/consent.js";
import { decode } from "./documents/decode.js";
import { parseDocument, type Document } from "./documents/document.js";
import { lintDocument, prepareRules, type EngineOptions } from "./engine/lint.js";
import { FileKeyError, InputError } from "./errors.js";
import { displayPath, expandPaths } from "./files.js";
import { loadRules } from "./rules/load.js";
import { applyDirectives } from "./suppress/directives.js";
import type { Rule } from "./rules/rule.js";
import type { FileReport } from "./types.js";

export interface LintOptions {
  /** Folder that paths and the config search start from (default: process.cwd()). */
  cwd?: string;
  /** A config already loaded; otherwise `configFile`, otherwise the nearest .phi-lint.yaml. */
  config?: Config;
  configFile?: string;
  /** Put matched text in findings. Off by default: reports must not leak PHI. */
  showMatches?: boolean;
  /** Lint with exactly these rules instead of the config's (e.g. to test one rule). */
  rules?: Rule[];
  /** The date consent expiry is checked against (default: now). */
  today?: Date;
  /** Honour phi-lint-disable directives in drafts (default true; --no-inline-config turns it off). */
  inlineConfig?: boolean;
  /** The CSV column or JSON field holding each post's text (default: message, text, content, post, body or caption). */
  textColumn?: string;
}

export interface LintResult {
  files: FileReport[];
}

/** The config for a run: the given one, the named file, or the nearest one upward. */
export function resolveConfig(opts: LintOptions = {}): Config {
  const cwd = resolve(opts.cwd ?? process.cwd());
  if (opts.config) return opts.config;
  const file = opts.configFile ? resolve(cwd, opts.configFile) : findConfig(cwd);
  return file ? loadConfig(file) : defaultConfig(cwd);
}

/** The rules a config turns on, at the severities it sets. */
export function activeRules(config: Config): Rule[] {
  const rules = loadRules(config.ruleDirs);
  const ids = new Set(rules.map((r) => r.id));
  for (const id of Object.keys(config.rules)) {
    if (!ids.has(id)) throw new FileKeyError(config.file ?? ".phi-lint.yaml", `rules.${id}`, "no rule has this id; run `phi-lint rules` to list them");
  }
  return rules
    .filter((r) => config.rules[r.id] !== "off")
    .map((r) => {
      const level = config.rules[r.id];
      if (level && level !== "off") return { ...r, severity: level };
      return config.extends === "strict" && r.severity === "info" ? { ...r, severity: "warning" as const } : r;
    });
}

/** Lints files, folders and globs. Unreadable or binary files are reported, never skipped silently. */
export async function lintFiles(patterns: string[], opts: LintOptions = {}): Promise<LintResult> {
  const cwd = resolve(opts.cwd ?? process.cwd());
  const config = resolveConfig(opts);
  const engine = await engineFor({ ...opts, config });
  const files = expandPaths(patterns.length ? patterns : ["."], cwd, config.ignore, config.baseDir);
  return {
    files: files.map((abs) => {
      const path = displayPath(abs, cwd);
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(abs);
      } catch (e) {
        return { path, findings: [], error: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? "error"})` };
      }
      return lintDecoded(path, bytes, engine, opts);
    }),
  };
}

/** Lints one draft given as text; `filename` decides how it is read (.md front matter and images). */
export async function lintText(text: string, opts: LintOptions & { filename?: string } = {}): Promise<FileReport> {
  return lintParsed(parseDocument(opts.filename ?? "<text>", text, opts), await engineFor(opts), opts, []);
}

/** Lints drafts given as bytes (standard input, the git index): decoded like files on disk. */
export async function lintSources(sources: { path: string; bytes: Uint8Array }[], opts: LintOptions = {}): Promise<LintResult> {
  const engine = await engineFor(opts);
  return { files: sources.map((s) => lintDecoded(s.path, s.bytes, engine, opts)) };
}

/** Lints one draft given as bytes (standard input): decoded like a file on disk. */
export async function lintBytes(path: string, bytes: Uint8Array, opts: LintOptions = {}): Promise<FileReport> {
  return lintDecoded(path, bytes, await engineFor(opts), opts);
}

/** What the engine needs for a run: the rules (given, or from the config) loaded, and who is staff or us. */
async function engineFor(opts: LintOptions): Promise<EngineOptions> {
  const config = resolveConfig(opts);
  const rules = opts.rules ?? activeRules(config);
  await prepareRules(rules);
  const registry = config.consentRegistry ? loadConsentRegistry(config.consentRegistry) : undefined;
  return {
    rules,
    showMatches: opts.showMatches,
    people: { staff: config.staff, organization: config.organization },
    consent: { registry, today: opts.today ?? new Date() },
  };
}

function lintDecoded(path: string, bytes: Uint8Array, engine: EngineOptions, opts: LintOptions): FileReport {
  const decoded = decode(bytes);
  if (!decoded.ok) return { path, findings: [], error: decoded.reason };
  let doc: Document;
  try {
    doc = parseDocument(path, decoded.text, opts);
  } catch (e) {
    // A malformed CSV or JSON export: reported with its line, and the other files are still linted.
    if (e instanceof InputError) return { path, findings: [], error: e.message.replace(`${path}: `, "") };
    throw e;
  }
  return lintParsed(doc, engine, opts, decoded.note ? [decoded.note] : []);
}

/** Findings of one document, then its inline directives; notes say what could not be honoured. */
function lintParsed(doc: Document, engine: EngineOptions, opts: LintOptions, notes: string[]): FileReport {
  const findings = lintDocument(doc, engine);
  const inline = opts.inlineConfig === false ? { findings, suppressed: [], notes: [] } : applyDirectives(doc, findings, engine.rules);
  const all = [...notes, ...doc.notes, ...inline.notes];
  const report: FileReport = { path: doc.path, findings: inline.findings };
  if (inline.suppressed.length) report.suppressed = inline.suppressed;
  if (all.length) report.notes = all;
  return report;
}
