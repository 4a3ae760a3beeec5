import { resolve } from "node:path";
import { stringify } from "yaml";
import { InputError } from "../errors.js";
import { EXIT } from "../exit.js";
import { activeRules, resolveConfig } from "../lint.js";
import { runExamples } from "../rules/examples.js";
import { loadRules } from "../rules/load.js";
import type { Detector } from "../rules/rule.js";
import { expandPaths } from "../files.js";

type Out = { stdout: string; stderr: string };

/** `phi-lint rules`: one line a rule. */
export function rulesCommand(cwd: string, configFile: string | undefined, out: Out): number {
  const rules = activeRules(resolveConfig({ cwd, configFile }));
  const width = Math.max(...rules.map((r) => r.id.length));
  out.stdout += rules.map((r) => `${r.id.padEnd(width)}  ${r.category.padEnd(13)}  ${r.severity.padEnd(7)}  ${r.description}`).join("\n") + "\n";
  return EXIT.ok;
}

/** `phi-lint test-rules [dirs...]`: runs the rules' examples; exit 1 when one fails. */
export async function testRulesCommand(dirs: string[], cwd: string, configFile: string | undefined, out: Out): Promise<number> {
  const config = resolveConfig({ cwd, configFile });
  const extra = dirs.map((d) => resolve(cwd, d));
  const all = loadRules([...config.ruleDirs, ...extra.filter((d) => !config.ruleDirs.includes(d))]);
  const chosen = extra.length ? all.filter((r) => extra.some((d) => resolve(r.file).startsWith(d))) : all;
  const { checked, failures } = await runExamples(chosen, all);
  for (const f of failures) {
    out.stdout += `✖ ${f.rule.id} (${f.rule.file}): ${f.kind} example ${JSON.stringify(f.text)}: ${f.why}\n`;
  }
  const summary = `${checked} example${checked === 1 ? "" : "s"} in ${chosen.length} rule${chosen.length === 1 ? "" : "s"}`;
  out.stdout += failures.length ? `✖ ${failures.length} of ${summary} failed\n` : `✔ ${summary} passed\n`;
  return failures.length ? EXIT.problems : EXIT.ok;
}

/** `phi-lint explain <ruleId>`: what a rule looks for, why, and its examples. */
export function explainCommand(id: string, cwd: string, configFile: string | undefined, out: Out): number {
  const config = resolveConfig({ cwd, configFile });
  const rule = loadRules(config.ruleDirs).find((r) => r.id === id);
  if (!rule) {
    const near = loadRules(config.ruleDirs).map((r) => r.id).filter((r) => r.includes(id.split("/").pop() ?? id));
    throw new InputError(`no rule "${id}"${near.length ? `; did you mean ${near.join(", ")}?` : "; run `phi-lint rules` for the list"}`);
  }
  const effective = config.rules[rule.id] ?? rule.severity;
  const lines = [
    `${rule.id}  (${rule.file})`,
    `category: ${rule.category}   severity: ${effective}${effective !== rule.severity ? ` (set by the config; the rule says ${rule.severity})` : ""}`,
    "",
    rule.description,
    `What to change: ${rule.message}`,
    ...(rule.source ? [`Source: ${rule.source}`] : []),
    "",
    "Finds:",
    ...rule.detect.map((d) => `  - ${describe(d)}`),
  ];
  const { raise, lower, lowerBefore, require, exclude, window, scope } = rule.context;
  if (raise.length || lower.length || lowerBefore.length || require.length || exclude.length) {
    lines.push("", `Context (within ${window} words, same ${scope}):`);
    if (require.length) lines.push(`  counts only near: ${sample(require)}`);
    if (raise.length) lines.push(`  confirmed by: ${sample(raise)}`);
    if (lower.length) lines.push(`  lowered to info by: ${sample(lower)}`);
    if (lowerBefore.length) lines.push(`  lowered to info when before it: ${sample(lowerBefore)}`);
    if (exclude.length) lines.push(`  not reported near: ${sample(exclude)}`);
  }
  lines.push("", "Flags:", ...rule.examples.flag.map((t) => `  - ${JSON.stringify(t)}`));
  if (rule.examples.pass.length) lines.push("Passes:", ...rule.examples.pass.map((t) => `  - ${JSON.stringify(t)}`));
  out.stdout += `${lines.join("\n")}\n`;
  return EXIT.ok;
}

/** `phi-lint print-config [file]`: the configuration that applies to a draft. */
export function printConfigCommand(file: string | undefined, cwd: string, configFile: string | undefined, out: Out): number {
  const target = resolve(cwd, file ?? ".");
  const config = resolveConfig({ cwd: file ? resolve(target, "..") : cwd, configFile: configFile && resolve(cwd, configFile) });
  const rules = activeRules(config);
  const all = loadRules(config.ruleDirs);
  const ignored = file ? expandPaths([file], cwd, config.ignore, config.baseDir).length === 0 : false;
  const effective = {
    file: file ?? null,
    configFile: config.file ?? null,
    ...(file ? { ignored } : {}),
    extends: config.extends,
    rules: Object.fromEntries(all.map((r) => [r.id, rules.find((x) => x.id === r.id)?.severity ?? "off"])),
    organization: config.organization,
    staff: config.staff,
    ruleDirs: config.ruleDirs,
    consentRegistry: config.consentRegistry ?? null,
    ignore: config.ignore,
  };
  out.stdout += stringify(effective);
  return EXIT.ok;
}

function describe(d: Detector): string {
  switch (d.kind) {
    case "pattern":
      return `pattern /${d.regex.source}/${d.validate ? `, checked by ${d.validate}` : ""}`;
    case "terms":
      return `words from a term list${d.validate ? `, checked by ${d.validate}` : ""}`;
    case "nlp":
      return `compromise match "${d.match}"${d.validate ? `, checked by ${d.validate}` : ""}`;
    case "element":
      return `document ${d.element}s`;
    case "judgement":
      return `the context stage's ${d.judgement} verdict (see README: How severity is decided)`;
  }
}

function sample(words: string[]): string {
  return words.length > 24 ? `${words.slice(0, 24).join(", ")}, … (${words.length} in all)` : words.join(", ");
}

