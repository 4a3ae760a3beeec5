import { formatGithub } from "./github.js";
import { formatJson } from "./json.js";
import type { ReportInput } from "./report.js";
import { formatSarif } from "./sarif.js";
import { formatText } from "./text.js";

export const FORMATS = { text: formatText, json: formatJson, sarif: formatSarif, github: formatGithub } as const;
export type Format = keyof typeof FORMATS;

export function format(name: Format, input: ReportInput): string {
  return FORMATS[name](input);
}
