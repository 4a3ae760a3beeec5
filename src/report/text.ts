import { Chalk } from "chalk";
import { summarize, type ReportInput } from "./report.js";

/** Findings grouped by file, ESLint style, with a summary line; colour only when asked. */
export function formatText({ files, color, showMatches }: ReportInput): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const paint = { error: c.red, warning: c.yellow, info: c.blue };
  const out: string[] = [];
  for (const file of files) {
    if (!file.findings.length && !file.error && !file.notes?.length) continue;
    out.push(c.underline(file.path));
    if (file.error) out.push(`  ${c.red("cannot lint")}  ${file.error}`);
    for (const note of file.notes ?? []) out.push(`  ${c.dim("note")}  ${note}`);
    const width = Math.max(0, ...file.findings.map((f) => `${f.line}:${f.column}`.length));
    for (const f of file.findings) {
      const where = `${f.line}:${f.column}`.padEnd(width);
      const match = showMatches && f.match !== undefined ? `  ${c.dim(JSON.stringify(f.match))}` : "";
      out.push(`  ${c.dim(where)}  ${paint[f.severity](f.severity.padEnd(7))}  ${f.message}  ${c.dim(f.ruleId)}${match}`);
      if (f.reasons?.length) out.push(`  ${" ".repeat(width)}  ${c.dim(`why: ${f.reasons.join("; ")}`)}`);
    }
    out.push("");
  }
  const s = summarize(files);
  const unreadable = files.filter((f) => f.error).length;
  const problems = s.errors + s.warnings + s.infos;
  const parts = [`${s.errors} ${plural(s.errors, "error")}`, `${s.warnings} ${plural(s.warnings, "warning")}`];
  if (s.infos) parts.push(`${s.infos} info`);
  const fileNote = `${s.files} ${plural(s.files, "file")} checked${unreadable ? `, ${unreadable} could not be read` : ""}${s.suppressed ? `, ${s.suppressed} suppressed` : ""}`;
  if (problems === 0 && !unreadable) out.push(c.green(`✔ No problems found (${fileNote}).`));
  else out.push((s.errors || unreadable ? c.red : c.yellow)(`✖ ${problems} ${plural(problems, "problem")} (${parts.join(", ")}); ${fileNote}.`));
  return `${out.join("\n")}\n`;
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}
