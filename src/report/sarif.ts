import type { Rule } from "../rules/rule.js";
import type { Finding, Severity, SuppressedFinding } from "../types.js";
import { TOOL, type ReportInput } from "./report.js";

const LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note" };

/** SARIF 2.1.0 for code scanning: rules from the rule files, fingerprints without PHI. */
export function formatSarif({ files, rules, showMatches }: ReportInput): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = files.flatMap((file) =>
    [...file.findings, ...(file.suppressed ?? [])].map((f: Finding & Partial<SuppressedFinding>) => ({
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
      level: LEVEL[f.severity],
      message: { text: showMatches && f.match !== undefined ? `${f.message} (matched: ${JSON.stringify(f.match)})` : f.message },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: encodeURI(file.path) },
          region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
        },
      }],
      ...(f.fingerprint ? { partialFingerprints: { "phiLint/v1": f.fingerprint } } : {}),
      ...(f.suppression
        ? { suppressions: [{ kind: f.suppression.kind === "inline" ? "inSource" : "external", justification: f.suppression.reason }] }
        : {}),
      properties: { category: f.category, ...(f.reasons ? { reasons: f.reasons } : {}) },
    })),
  );
  const notifications = files.filter((f) => f.error).map((f) => ({
    level: "error",
    message: { text: `cannot lint: ${f.error}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: encodeURI(f.path) } } }],
  }));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: { driver: { name: TOOL.name, version: TOOL.version, informationUri: TOOL.informationUri, rules: rules.map(sarifRule) } },
      invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
      results,
    }],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

function sarifRule(r: Rule) {
  const help = [r.message, r.source ? `Source: ${r.source}.` : "", `Category: ${r.category}.`].filter(Boolean).join(" ");
  return {
    id: r.id,
    name: r.id.replace(/[^A-Za-z0-9]+(.)?/g, (_, ch: string | undefined) => (ch ?? "").toUpperCase()),
    shortDescription: { text: r.description },
    fullDescription: { text: r.description },
    help: { text: help, markdown: `**${r.message}**\n\n${r.description}${r.source ? `\n\nSource: ${r.source}` : ""}` },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { category: r.category, tags: ["phi", r.category] },
  };
}
