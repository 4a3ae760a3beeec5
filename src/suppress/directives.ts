import { MARKDOWN_EXTENSIONS, type Document } from "../documents/document.js";
import { LineIndex } from "../documents/positions.js";
import type { Rule } from "../rules/rule.js";
import type { Finding, SuppressedFinding } from "../types.js";

/**
 * Inline directives in Markdown drafts, as HTML comments:
 *   <!-- phi-lint-disable-next-line phi/name -- consent CF-2026-031 on file -->
 *   <!-- phi-lint-disable phi/name, phi/date -- reason --> ... <!-- phi-lint-enable phi/name, phi/date -->
 * A disable needs rule ids and a reason after "--"; without a reason it is an
 * error and suppresses nothing. One that suppresses nothing is a warning.
 */
const DIRECTIVE_RULE = "phi-lint/directive";

interface Directive {
  kind: "disable-next-line" | "disable" | "enable";
  ids: string[];
  reason?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  used: boolean;
}

const COMMENT = /<!--\s*phi-lint-(disable-next-line|disable|enable)\b([\s\S]*?)-->/g;

export interface DirectiveResult {
  findings: Finding[];
  suppressed: SuppressedFinding[];
  notes: string[];
}

export function applyDirectives(doc: Document, findings: Finding[], rules: Rule[]): DirectiveResult {
  if (!MARKDOWN_EXTENSIONS.some((e) => doc.path.toLowerCase().endsWith(e))) return { findings, suppressed: [], notes: [] };
  const byId = new Map(rules.map((r) => [r.id, r]));
  const notes: string[] = [];
  const problems: Finding[] = [];
  const directives = parse(doc.text).filter((d) => {
    const unknown = d.ids.filter((id) => !byId.has(id));
    if (unknown.length) notes.push(`line ${d.line}: phi-lint-${d.kind} names unknown rule ${unknown.join(", ")}; the directive is ignored`);
    if (d.ids.length === 0) notes.push(`line ${d.line}: phi-lint-${d.kind} needs one or more rule ids; the directive is ignored`);
    return unknown.length === 0 && d.ids.length > 0;
  });
  const problem = (d: Directive, severity: Finding["severity"], message: string): Finding => ({
    ruleId: DIRECTIVE_RULE, category: byId.get(d.ids[0])!.category, severity, message,
    line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn,
  });
  const active = directives.filter((d) => {
    if (d.kind === "enable" || d.reason) return true;
    problems.push(problem(d, "error", `Give the reason for this phi-lint-${d.kind} after "--" (for example the consent id); it suppresses nothing until then.`));
    return false;
  });
  const kept: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const by = active.find((d) => covers(d, f, active));
    if (!by) kept.push(f);
    else {
      by.used = true;
      suppressed.push({ ...f, suppression: { kind: "inline", reason: by.reason!, line: by.line } });
    }
  }
  for (const d of active) {
    if (d.kind !== "enable" && !d.used) problems.push(problem(d, "warning", `This phi-lint-${d.kind} suppresses nothing; remove it.`));
  }
  return { findings: [...kept, ...problems].sort((a, b) => a.line - b.line || a.column - b.column), suppressed, notes };
}

function covers(d: Directive, f: Finding, all: Directive[]): boolean {
  if (d.kind === "enable" || !d.ids.includes(f.ruleId)) return false;
  if (d.kind === "disable-next-line") return f.line === d.endLine + 1;
  if (f.line < d.endLine || (f.line === d.endLine && f.column < d.endColumn)) return false;
  const enabled = all.find((e) => e.kind === "enable" && e.ids.includes(f.ruleId) && (e.line > d.endLine || (e.line === d.endLine && e.column > d.column)));
  return !enabled || f.line < enabled.line || (f.line === enabled.line && f.column < enabled.column);
}

function parse(text: string): Directive[] {
  const index = new LineIndex(text);
  const out: Directive[] = [];
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(text); m; m = COMMENT.exec(text)) {
    const [body, reason] = splitReason(m[2]);
    const start = index.position(m.index);
    const end = index.position(m.index + m[0].length);
    out.push({
      kind: m[1] as Directive["kind"],
      ids: body.split(/[\s,]+/).filter(Boolean),
      reason,
      line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
      used: false,
    });
  }
  return out;
}

function splitReason(s: string): [string, string | undefined] {
  const at = s.indexOf("--");
  if (at < 0) return [s, undefined];
  const reason = s.slice(at + 2).trim();
  return [s.slice(0, at), reason || undefined];
}
