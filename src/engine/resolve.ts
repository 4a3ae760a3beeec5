import { IDENTIFIER_CATEGORIES, severityRank, type Category } from "../types.js";
import type { Detection } from "./detect-rule.js";

/**
 * Identifier categories whose spans compete: one stretch of text is one kind of
 * identifier. A photo spans a whole image, so the names in its alt text stand beside it.
 */
const COMPETING = new Set<Category>(IDENTIFIER_CATEGORIES.filter((c) => c !== "photo"));

/**
 * Where identifier detections overlap, keeps the most credible one: confirmed
 * by a checksum, label, list or context word first, then the longer span, then
 * the more severe; a span that wholly contains the kept ones replaces them.
 * Other categories do not compete, but two rules of one category over the same
 * text (policy/solicitation and policy/health-question) keep the more credible report.
 */
export function resolveOverlaps(dets: Detection[]): Detection[] {
  return clusters(dets).flatMap(resolveCluster).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Groups detections into runs of overlapping spans, so each run is resolved on its own. */
function clusters(dets: Detection[]): Detection[][] {
  const sorted = [...dets].sort((a, b) => a.start - b.start);
  const out: Detection[][] = [];
  let end = -1;
  for (const d of sorted) {
    if (d.start < end) out[out.length - 1].push(d);
    else out.push([d]);
    end = Math.max(end, d.end);
  }
  return out;
}

function resolveCluster(dets: Detection[]): Detection[] {
  if (dets.length === 1) return dets;
  const kept: Detection[] = [];
  const sorted = [...dets].sort((a, b) => better(a, b));
  for (const d of sorted) {
    if (!COMPETING.has(d.rule.category)) {
      if (!kept.some((k) => k.rule.category === d.rule.category && k.rule.id !== d.rule.id && k.start < d.end && d.start < k.end)) kept.push(d);
      continue;
    }
    const rivals = kept.filter((k) => COMPETING.has(k.rule.category) && k.start < d.end && d.start < k.end);
    // A longer identifier that wholly contains the ones found so far replaces them
    // ("445 Minnesota Street, Suite 175" over "175").
    if (rivals.every((k) => d.start <= k.start && k.end <= d.end && d.end - d.start > k.end - k.start)) {
      for (const k of rivals) kept.splice(kept.indexOf(k), 1);
      kept.push(d);
    }
  }
  return kept;
}

function better(a: Detection, b: Detection): number {
  return b.strength - a.strength || (b.end - b.start) - (a.end - a.start) || severityRank(b.severity) - severityRank(a.severity);
}
