import { createHash } from "node:crypto";
import { applyConsent, type ConsentOptions } from "../context/consent.js";
import { judge } from "../context/judge.js";
import type { People } from "../context/roles.js";
import { fileOffset, type Document, type Post } from "../documents/document.js";
import type { NlpSpans } from "../detectors/detect.js";
import { LEXICON_VALIDATORS } from "../detectors/validators.js";
import { LineIndex } from "../documents/positions.js";
import { loadNlp, nlpMatchAll } from "../nlp/compromise.js";
import type { Rule } from "../rules/rule.js";
import type { Finding } from "../types.js";
import { detectRule, type Detection } from "./detect-rule.js";
import { recurrences } from "./recur.js";
import { identifierTexts, redactReasons } from "./redact.js";
import { resolveOverlaps } from "./resolve.js";

export interface EngineOptions {
  rules: Rule[];
  /** Put the matched text in each finding (off by default: reports must not leak PHI). */
  showMatches?: boolean;
  /** Staff names and the organization's own details, from the config. */
  people?: People;
  /** The consent registry and today's date; without them front-matter consent is checked against the clock. */
  consent?: ConsentOptions;
}

const NOBODY: People = { staff: [], organization: { names: [], phones: [], domains: [], addresses: [] } };

/** Loads what the active rules need (compromise only when an nlp rule or a check of names is on). */
export async function prepareRules(rules: Rule[]): Promise<void> {
  const needsNlp = (d: Rule["detect"][number]) => d.kind === "nlp" || ("validate" in d && d.validate !== undefined && LEXICON_VALIDATORS.has(d.validate));
  if (rules.some((r) => r.detect.some(needsNlp))) await loadNlp();
}

/** Lints every post of a document; findings carry file positions. */
export function lintDocument(doc: Document, opts: EngineOptions): Finding[] {
  const index = new LineIndex(doc.text);
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  const expressions = [...new Set(opts.rules.flatMap((r) => r.detect.flatMap((d) => (d.kind === "nlp" ? [d.match] : []))))];
  for (const post of doc.posts) {
    const nlp = expressions.length ? nlpMatchAll(post.text, expressions) : new Map();
    const dets = postVerdicts(post, opts, nlp);
    // The identifiers' own words, to keep them out of reasons unless matches are asked for.
    const hidden = opts.showMatches ? [] : identifierTexts(dets.filter((d) => d.rule.detect.every((x) => x.kind !== "judgement")).map((d) => post.text.slice(d.start, d.end)));
    for (const d of dets) {
      const start = index.position(fileOffset(post, d.start));
      const end = index.position(fileOffset(post, d.end - 1) + 1);
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
      // Bulk cells are decoded text; a Markdown post is the file itself, image markup included.
      const text = post.offsets ? post.text.slice(d.start, d.end) : doc.text.slice(fileOffset(post, d.start), fileOffset(post, d.end));
      if (d.reasons.length) f.reasons = redactReasons(d.reasons, hidden);
      if (opts.showMatches) f.match = text;
      f.fingerprint = fingerprint(d.rule.id, text, seen);
      findings.push(f);
    }
  }
  return findings.sort((a, b) => a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId));
}

/**
 * Identifiers first (each rule, then overlaps resolved), then the context
 * stage's judgement of them, then the policy rules that report its verdicts.
 */
/** Identifiers that show a person, for consent to cover. */
const SHOWN = new Set(["name", "handle", "photo"]);

function postVerdicts(post: Post, opts: EngineOptions, nlp: NlpSpans): Detection[] {
  const found = resolveOverlaps(opts.rules.flatMap((rule) => detectRule(rule, post, nlp)));
  const identifiers = resolveOverlaps([...found, ...recurrences(post.text, found)]);
  const verdict = judge(post, identifiers, opts.people ?? NOBODY);
  const shown = identifiers.filter((d) => SHOWN.has(d.rule.category) && d.severity !== "info");
  verdict.judgements.push(...applyConsent(post.meta, verdict.judgements, opts.consent ?? { today: new Date() }, shown, post.text));
  const policy = opts.rules.flatMap((rule) =>
    rule.detect.flatMap((d) =>
      d.kind !== "judgement" ? [] : verdict.judgements
        .filter((j) => j.kind === d.judgement)
        .map((j) => ({ rule, start: j.start, end: j.end, severity: j.severity ?? rule.severity, reasons: [...j.reasons], strength: 2 }))));
  return [...verdict.detections, ...policy].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Hash of rule, normalized text and how many times the same pair came before in the file. */
function fingerprint(ruleId: string, text: string, seen: Map<string, number>): string {
  const key = `${ruleId}\0${text.replace(/\s+/g, " ").toLowerCase()}`;
  const n = seen.get(key) ?? 0;
  seen.set(key, n + 1);
  return createHash("sha256").update(`${key}\0${n}`).digest("hex").slice(0, 32);
}
