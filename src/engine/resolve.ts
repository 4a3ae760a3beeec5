import { severityRank, type Category } from "../types.js";
import type { Detection } from "./detect-rule.js";

/** Identifier categories whose spans compete: one stretch of text is one kind of identifier. */
const COMPETING = new Set<Category>([
  "name", "location", "date", "age", "phone", "email", "ssn", "mrn", "health-plan", "account",
  "license", "vehicle", "device", "url", "ip", "biometric", "handle", "other-id",
]);

/**
 * Where identifier detections overlap, keeps the most credible one: confirmed
 * by a validator or context word first, then the longer span, then the more severe.
 * Detections of the same category merge instead.
 */
export function resolveOverlaps(dets: Detection[]): Detection[] {
  const kept: Detection[] = [];
  const sorted = [...dets].sort((a, b) => better(a, b));
  for (const d of sorted) {
    if (!COMPETING.has(d.rule.category)) {
      kept.push(d);
      continue;
    }
    const rival = kept.find((k) => COMPETING.has(k.rule.category) && k.start < d.end && d.start < k.end);
    if (!rival) kept.push(d);
    else if (rival.rule.category === d.rule.category && rival.rule.id === d.rule.id) {
      rival.start = Math.min(rival.start, d.start);
      rival.end = Math.max(rival.end, d.end);
    }
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}

function better(a: Detection, b: Detection): number {
  return b.strength - a.strength || (b.end - b.start) - (a.end - a.start) || severityRank(b.severity) - severityRank(a.severity);
}
