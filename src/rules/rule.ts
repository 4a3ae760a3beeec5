import { FileKeyError } from "../errors.js";
import type { TermSet } from "./terms.js";
import type { Category, Severity } from "../types.js";

/** One way a rule finds candidates in a post. The set of kinds is closed. */
export type Detector =
  | { kind: "pattern"; regex: RegExp; group?: number | string; validate?: string }
  | { kind: "terms"; terms: TermSet; validate?: string }
  | { kind: "nlp"; match: string; validate?: string }
  | { kind: "element"; element: "image" }
  /** A verdict of the context stage (patient stories, replies that confirm care). */
  | { kind: "judgement"; judgement: JudgementKind };

export const JUDGEMENTS = ["patient-story", "patient-reply", "consent"] as const;
export type JudgementKind = (typeof JUDGEMENTS)[number];

export interface ContextSpec {
  /** Words near a match that raise its severity one step. */
  raise: string[];
  /** Words near a match that lower it to info (examples, samples, fiction). */
  lower: string[];
  /** Words that lower a match only before it: a negation denies what follows it ("doesn't cure"), not what came before ("cures every infection, even ones antibiotics can't"). */
  lowerBefore: string[];
  /** When set, a match counts only with one of these words in or near it. */
  require: string[];
  /** Words near a match that show it is something else ("5/10 pain" is a score, not a date): the match is dropped. */
  exclude: string[];
  /** How many words either side count as "near". */
  window: number;
  /** Whether "near" stops at the end of the sentence (default) or of the paragraph. */
  scope: "sentence" | "paragraph";
}

export interface Rule {
  id: string;
  file: string;
  category: Category;
  severity: Severity;
  description: string;
  message: string;
  source?: string;
  detect: Detector[];
  context: ContextSpec;
  examples: { flag: string[]; pass: string[] };
}

/** A rule file that cannot be loaded; names the file and the key. */
export class RuleError extends FileKeyError {}
