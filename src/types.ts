/** The closed list of finding categories (DESIGN.md "Categories"). */
export const CATEGORIES = [
  "name", "location", "date", "age", "phone", "email", "ssn", "mrn", "health-plan",
  "account", "license", "vehicle", "device", "url", "ip", "biometric", "photo", "handle",
  "other-id", "patient-story", "patient-reply", "consent", "medical-claim", "solicitation",
  "security",
] as const;
export type Category = (typeof CATEGORIES)[number];

/** The Safe Harbor identifier categories (name to other-id); the rest are policy categories. */
export const IDENTIFIER_CATEGORIES: readonly Category[] = CATEGORIES.slice(0, CATEGORIES.indexOf("other-id") + 1);

export const SEVERITIES = ["info", "warning", "error"] as const;
export type Severity = (typeof SEVERITIES)[number];

export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  reasons?: string[];
  /** The raw text, only with --show-matches. */
  match?: string;
  /**
   * Stable across unrelated edits: a hash of the rule, the matched text and its
   * occurrence number in the file. Never the text itself.
   */
  fingerprint?: string;
}

/** A finding that an inline directive or a baseline suppressed, with why (an audit trail). */
export interface SuppressedFinding extends Finding {
  suppression: { kind: "inline" | "baseline"; reason: string; line?: number };
}

export interface FileReport {
  path: string;
  findings: Finding[];
  /** Findings suppressed by inline directives or the baseline, with their reasons. */
  suppressed?: SuppressedFinding[];
  /** Set when the file could not be linted (binary, unreadable, too large). */
  error?: string;
  /** Problems that did not stop linting (not UTF-8, broken front matter). */
  notes?: string[];
}
