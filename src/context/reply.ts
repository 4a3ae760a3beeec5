import type { Span } from "../documents/document.js";
import { contextTerms } from "./lists.js";

const GREETING = /^\s*(?:(?:hi|hello|hey|dear|good\s+(?:morning|afternoon|evening))\s+\p{Lu}\p{L}+|@[\w.]+|\p{Lu}\p{Ll}+,\s)/iu;
const VOCATIVE = /^[^.!?\n]{0,100},\s*\p{Lu}\p{Ll}+[.!]/u;
const DECLINES = /\b(?:can(?:no|['’])t|cannot|unable\s+to|not\s+able\s+to|won['’]t|do\s+not)\s+(?:discuss|share|comment|confirm|talk\s+about)\b/i;

/** A reply: front matter says so, or the text addresses a person ("@sam ...", "Hi Dana,", "... for your review, Paul."). */
export function isReply(text: string, meta: Record<string, unknown>): boolean {
  if (meta.type === "reply" || meta.in_reply_to !== undefined) return true;
  return GREETING.test(text) || VOCATIVE.test(text.trimStart());
}

/**
 * "your MRI results", "your ER visit", "your records": a reply that speaks of
 * the reader's own care confirms they are a patient. Sentences that decline
 * to discuss it ("we can't discuss your care here") do not.
 */
export function replyCareMentions(text: string): Span[] {
  const care = ["conditions", "procedures", "care-settings", "care-events", "care-encounters"] as const;
  const out: Span[] = [];
  for (const term of care.flatMap((l) => contextTerms(l).spans(text))) {
    const before = text.slice(Math.max(0, term.start - 40), term.start);
    const your = /\byour\s+(?:[\p{L}'’-]+\s+){0,3}$/iu.exec(before);
    if (!your) continue;
    const start = term.start - before.length + your.index;
    const sentenceStart = Math.max(text.lastIndexOf(".", start), text.lastIndexOf("\n", start), 0);
    if (DECLINES.test(text.slice(sentenceStart, term.end))) continue;
    if (!out.some((o) => o.start < term.end && start < o.end)) out.push({ start, end: term.end });
  }
  return out.sort((a, b) => a.start - b.start);
}
