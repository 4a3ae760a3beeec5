import type { ReportInput } from "./report.js";

const LEVEL = { error: "error", warning: "warning", info: "notice" } as const;

/** GitHub Actions workflow commands: one annotation per finding. */
export function formatGithub({ files }: ReportInput): string {
  const lines: string[] = [];
  for (const file of files) {
    if (file.error) lines.push(`::error file=${prop(file.path)}::${data(`cannot lint: ${file.error}`)}`);
    for (const f of file.findings) {
      const props = [`file=${prop(file.path)}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`, `title=${prop(`phi-lint ${f.ruleId}`)}`];
      lines.push(`::${LEVEL[f.severity]} ${props.join(",")}::${data(f.message)}`);
    }
  }
  return lines.length ? `${lines.join("\n")}\n` : "";
}

const data = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const prop = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
