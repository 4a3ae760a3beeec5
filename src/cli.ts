import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { InputError } from "./errors.js";
import { activeRules, lintBytes, lintFiles, resolveConfig } from "./lint.js";
import { FORMATS, format, type Format } from "./report/format.js";
import { summarize, TOOL } from "./report/report.js";
import { SEVERITIES, severityRank, type FileReport, type Severity } from "./types.js";

/** Exit codes, in one place. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

export interface Io {
  cwd?: string;
  /** Reads all of standard input (for --stdin). */
  readStdin?: () => Promise<string>;
  /** Whether stdout is a terminal (colour). */
  isTTY?: boolean;
  env?: Record<string, string | undefined>;
}

export interface RunResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

interface Options {
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
}

/** The whole command line as a function: never exits the process, never throws. */
export async function run(argv: string[], io: Io = {}): Promise<RunResult> {
  const out = { stdout: "", stderr: "" };
  const cwd = resolve(io.cwd ?? process.cwd());
  let exitCode: number = EXIT.ok;
  const program = new Command()
    .name("phi-lint")
    .description("Find Protected Health Information and policy problems in draft social-media posts.")
    .version(TOOL.version, "-v, --version")
    .argument("[paths...]", "files, folders or globs to lint", [])
    .addOption(new Option("-f, --format <format>", "report format").choices(Object.keys(FORMATS)).default("text"))
    .option("-o, --output <file>", "write the report to a file instead of standard output")
    .option("-c, --config <file>", "config file (default: nearest .phi-lint.yaml upward)")
    .addOption(new Option("--min-severity <level>", "lowest severity to report").choices([...SEVERITIES]).default("warning"))
    .option("--max-warnings <n>", "exit 1 when there are more warnings than n", parseCount)
    .option("--quiet", "report errors only")
    .option("--show-matches", "print the matched text (off by default: reports must not leak PHI)")
    .option("--stdin", "lint text from standard input")
    .option("--stdin-filename <name>", "name for standard input in the report (its extension picks the reader)")
    .option("--no-color", "never colour the output")
    .showHelpAfterError("(run phi-lint --help for usage)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => (out.stdout += s), writeErr: (s) => (out.stderr += s) })
    .action(async (paths: string[], opts: Options) => {
      exitCode = await lint(paths, opts, cwd, io, out);
    });
  program
    .command("rules")
    .description("list the rules with their category, severity and description")
    .option("-c, --config <file>", "config file (default: nearest .phi-lint.yaml upward)")
    .action((opts: { config?: string }) => {
      const rules = activeRules(resolveConfig({ cwd, configFile: opts.config }));
      const width = Math.max(...rules.map((r) => r.id.length));
      out.stdout += rules.map((r) => `${r.id.padEnd(width)}  ${r.category.padEnd(13)}  ${r.severity.padEnd(7)}  ${r.description}`).join("\n") + "\n";
    });
  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      const helpOrVersion = ["commander.helpDisplayed", "commander.version", "commander.help"].includes(e.code);
      return { exitCode: helpOrVersion ? EXIT.ok : EXIT.usage, ...out };
    }
    const message = e instanceof InputError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
    return { exitCode: EXIT.usage, stdout: out.stdout, stderr: `${out.stderr}phi-lint: ${message}\n` };
  }
  return { exitCode, ...out };
}

async function lint(paths: string[], opts: Options, cwd: string, io: Io, out: { stdout: string; stderr: string }): Promise<number> {
  if (opts.stdin && paths.length) throw new InputError("give either --stdin or paths, not both");
  if (opts.stdinFilename && !opts.stdin) throw new InputError("--stdin-filename needs --stdin");
  const config = resolveConfig({ cwd, configFile: opts.config });
  const rules = activeRules(config);
  const lintOpts = { cwd, config, rules, showMatches: opts.showMatches };
  let files: FileReport[];
  if (opts.stdin) {
    if (!io.readStdin) throw new InputError("standard input is not available");
    const text = await io.readStdin();
    files = [await lintBytes(opts.stdinFilename ?? "<stdin>", Buffer.from(text, "utf8"), lintOpts)];
  } else {
    files = (await lintFiles(paths, lintOpts)).files;
  }
  const min = opts.quiet ? "error" : opts.minSeverity;
  const shown = files.map((f) => ({ ...f, findings: f.findings.filter((x) => severityRank(x.severity) >= severityRank(min)) }));
  const color = !opts.output && opts.color && !!io.isTTY && !io.env?.NO_COLOR && opts.format === "text";
  const report = format(opts.format, { files: shown, rules, showMatches: !!opts.showMatches, color });
  if (opts.output) {
    try {
      writeFileSync(resolve(cwd, opts.output), report);
    } catch (e) {
      throw new InputError(`${opts.output}: cannot write the report (${(e as NodeJS.ErrnoException).code ?? "error"})`);
    }
  } else out.stdout += report;
  for (const f of files) if (f.error && opts.format !== "text") out.stderr += `phi-lint: ${f.path}: ${f.error}\n`;
  const { errors, warnings } = summarize(shown);
  if (files.some((f) => f.error)) return EXIT.usage;
  if (errors > 0 || (opts.maxWarnings !== undefined && warnings > opts.maxWarnings)) return EXIT.problems;
  return EXIT.ok;
}

function parseCount(v: string): number {
  if (!/^\d+$/.test(v)) throw new InputError(`--max-warnings takes a whole number, not "${v}"`);
  return Number(v);
}

/** For the bin: reads stdin fully. */
export function readAllStdin(): Promise<string> {
  return new Promise((res, rej) => {
    let data = "";
    process.stdin.setEncoding("utf8");
    process.stdin.on("data", (c) => (data += c));
    process.stdin.on("end", () => res(data));
    process.stdin.on("error", rej);
  });
}

