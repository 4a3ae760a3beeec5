import { createHash } from "node:crypto";
import type { Document } from "../documents/document.js";
import { LineIndex } from "../documents/positions.js";
import { loadNlp, nlpMatchAll } from "../nlp/compromise.js";
import type { Rule } from "../rules/rule.js";
import type { Finding } from "../types.js";
import { detectRule } from "./detect-rule.js";
import { resolveOverlaps } from "./resolve.js";

export interface EngineOptions {
  rules: Rule[];
  /** Put the matched text in each finding (off by default: reports must not leak PHI). */
  showMatches?: boolean;
}

/** Loads what the active rules need (compromise only when an nlp rule is on). */
export async function prepareRules(rules: Rule[]): Promise<void> {
  if (rules.some((r) => r.detect.some((d) => d.kind === "nlp"))) await loadNlp();
}

/** Lints every post of a document; findings carry file positions. */
export function lintDocument(doc: Document, opts: EngineOptions): Finding[] {
  const index = new LineIndex(doc.text);
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  const expressions = [...new Set(opts.rules.flatMap((r) => r.detect.flatMap((d) => (d.kind === "nlp" ? [d.match] : []))))];
  for (const post of doc.posts) {
    const nlp = expressions.length ? nlpMatchAll(post.text, expressions) : new Map();
    const dets = resolveOverlaps(opts.rules.flatMap((rule) => detectRule(rule, post, nlp)));
    for (const d of dets) {
      const start = index.position(post.offset + d.start);
      const end = index.position(post.offset + d.end);
      const f: Finding = {
        ruleId: d.rule.id,
        category: d.rule.category,
        severity: d.severity,
        message: d.rule.message,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
      };
      const text = doc.text.slice(post.offset + d.start, post.offset + d.end);
      if (d.reasons.length) f.reasons = d.reasons;
      if (opts.showMatches) f.match = text;
      f.fingerprint = fingerprint(d.rule.id, text, seen);
      findings.push(f);
    }
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}

/** Hash of rule, normalized text and how many times the same pair came before in the file. */
function fingerprint(ruleId: string, text: string, seen: Map<string, number>): string {
  const key = `${ruleId}\0${text.replace(/\s+/g, " ").toLowerCase()}`;
  const n = seen.get(key) ?? 0;
  seen.set(key, n + 1);
  return createHash("sha256").update(`${key}\0${n}`).digest("hex").slice(0, 32);
}
