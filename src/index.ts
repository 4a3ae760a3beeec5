/** phi-lint as a library: the same engine the command line uses. */
export { lintFiles, lintText, activeRules, resolveConfig, type LintOptions, type LintResult } from "./lint.js";
export { loadConfig, findConfig, type Config } from "./config/config.js";
export { loadRules } from "./rules/load.js";
export type { Rule } from "./rules/rule.js";
export { run, EXIT, type RunResult } from "./cli.js";
export { CATEGORIES, SEVERITIES, type Category, type Severity, type Finding, type FileReport } from "./types.js";
