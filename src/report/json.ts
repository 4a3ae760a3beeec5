import { summarize, TOOL, type ReportInput } from "./report.js";

/** The JSON report of DESIGN.md: version, tool, files (each with findings), summary. */
export function formatJson({ files }: ReportInput): string {
  const report = {
    version: 1,
    tool: { name: TOOL.name, version: TOOL.version },
    files,
    summary: summarize(files),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
