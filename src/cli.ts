import { resolve } from "node:path";
import { Command, CommanderError, Option } from "commander";
import { lintCommand, type LintCommandOptions } from "./commands/lint.js";
import { explainCommand, printConfigCommand, rulesCommand, testRulesCommand } from "./commands/rules.js";
import { InputError } from "./errors.js";
import { EXIT } from "./exit.js";
import { FORMATS } from "./report/format.js";
import { TOOL } from "./report/report.js";
import { SEVERITIES } from "./types.js";

export { EXIT };

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
    .option("--no-inline-config", "ignore phi-lint-disable directives in drafts")
    .option("--csv-column <name>", "the CSV column or JSON field that holds each post's text")
    .option("--fix", "anonymize identifiers in the drafts (names, dates, numbers) and write the files")
    .option("--fix-dry-run", "print the anonymized drafts without writing them")
    .option("--staged", "lint the staged content of added and changed drafts (for a pre-commit hook)")
    .option("--changed-since <ref>", "lint only drafts changed since a git ref, and new untracked ones")
    .option("--baseline <file>", "report only findings that are not in this baseline")
    .option("--write-baseline <file>", "record the current findings as the baseline and exit 0")
    .showHelpAfterError("(run phi-lint --help for usage)")
    .exitOverride()
    .configureOutput({ writeOut: (s) => (out.stdout += s), writeErr: (s) => (out.stderr += s) })
    .action(async (paths: string[], opts: LintCommandOptions) => {
      exitCode = await lintCommand(paths, opts, cwd, io, out);
    });
  program
    .command("rules")
    .description("list the rules with their category, severity and description")
    .option("-c, --config <file>", "config file (default: nearest .phi-lint.yaml upward)")
    .action((opts: { config?: string }) => {
      exitCode = rulesCommand(cwd, opts.config, out);
    });
  program
    .command("test-rules")
    .argument("[dirs...]", "rule folders to test (default: the shipped rules and the config's ruleDirs)")
    .description("run every rule's flag and pass examples; exit 1 when one fails")
    .option("-c, --config <file>", "config file (default: nearest .phi-lint.yaml upward)")
    .action(async (dirs: string[], opts: { config?: string }) => {
      exitCode = await testRulesCommand(dirs, cwd, opts.config, out);
    });
  program
    .command("explain")
    .argument("<ruleId>", "a rule id such as phi/ssn")
    .description("show what a rule finds, why, the context words it uses and its examples")
    .option("-c, --config <file>", "config file (default: nearest .phi-lint.yaml upward)")
    .action((id: string, opts: { config?: string }) => {
      exitCode = explainCommand(id, cwd, opts.config, out);
    });
  program
    .command("print-config")
    .argument("[file]", "the draft whose configuration to show")
    .description("print the effective configuration for a draft")
    .option("-c, --config <file>", "config file (default: nearest .phi-lint.yaml upward)")
    .action((file: string | undefined, opts: { config?: string }) => {
      exitCode = printConfigCommand(file, cwd, opts.config, out);
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

