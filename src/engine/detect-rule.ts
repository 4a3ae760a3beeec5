import type { Post } from "../documents/document.js";
import { runDetector, type Candidate, type NlpSpans } from "../detectors/detect.js";
import type { Rule } from "../rules/rule.js";
import type { TermSet } from "../rules/terms.js";
import type { Severity } from "../types.js";
import { compileContext, nearWords } from "./context.js";

/** A rule's verdict on one span of a post. */
export interface Detection {
  rule: Rule;
  start: number;
  end: number;
  severity: Severity;
  reasons: string[];
  /** 2: a checksum, label, list or required context confirmed it; 1: context raised it; 0: its shape alone. */
  strength: number;
  /** For a name or place found again by its words alone, the detection that found it first. */
  recurs?: Detection;
}

/** Every span a rule finds in a post, with the severity its context gives it. */
export function detectRule(rule: Rule, post: Post, nlp: NlpSpans): Detection[] {
  const ctx = compileContext(rule.context);
  const out: Detection[] = [];
  for (const c of union(rule.detect.flatMap((d) => runDetector(d, post, nlp)))) {
    const words = ctx.raise || ctx.lower || ctx.lowerBefore || ctx.require || ctx.exclude ? nearWords(post.text, c, ctx.window, ctx.scope) : { before: "", after: "" };
    const near = `${words.before} ${words.after}`;
    if (ctx.exclude?.first(near)) continue;
    const reasons = [...c.reasons];
    let strength = c.confirmed ? 2 : 0;
    if (ctx.require) {
      // A required word may be part of the match itself: "Comment your latest A1C".
      const word = ctx.require.first(`${near} ${post.text.slice(c.start, c.end)}`);
      if (!word) continue;
      reasons.push(`"${word}" nearby`);
      strength = 2;
    }
    let severity = rule.severity;
    const lower = ctx.lower?.first(near) ?? negation(ctx.lowerBefore, words.before);
    const raise = ctx.raise?.first(near);
    if (lower) {
      severity = "info";
      reasons.push(`"${lower}" nearby lowers it`);
    } else if (raise) {
      // Context words confirm what the match is; whether it is PHI is the context stage's call.
      if (severity === "info") severity = "warning";
      reasons.push(`"${raise}" nearby confirms it`);
      strength = Math.max(strength, 1);
    }
    out.push({ rule, start: c.start, end: c.end, severity, reasons, strength });
  }
  return out;
}

/** A negation before a match that denies it: "doesn't cure" (not "don't just treat back pain, they cure", which says more). */
function negation(terms: TermSet | undefined, before: string): string | undefined {
  const hit = terms?.spans(before).find((s) => !/^\s+(?:just|only|merely|simply)\b/i.test(before.slice(s.end)));
  return hit && before.slice(hit.start, hit.end);
}

/** Overlapping candidates of one rule become one span carrying all their reasons. */
function union(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      last.end = Math.max(last.end, c.end);
      for (const r of c.reasons) if (!last.reasons.includes(r)) last.reasons.push(r);
      last.confirmed ||= c.confirmed;
    } else out.push({ ...c, reasons: [...c.reasons] });
  }
  return out;
}
