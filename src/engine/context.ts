import type { Span } from "../documents/document.js";
import { sentenceEnds } from "../documents/sentences.js";
import type { ContextSpec } from "../rules/rule.js";
import { TermSet } from "../rules/terms.js";

/** The words within `window` words before and after a span, in the same sentence (or paragraph). */
export function nearWords(text: string, span: Span, window: number, scope: ContextSpec["scope"] = "sentence"): { before: string; after: string } {
  const from = Math.max(0, span.start - window * 16);
  const beforeRaw = text.slice(from, span.start);
  const afterRaw = text.slice(span.end, span.end + window * 16);
  const ends = scope === "sentence" ? sentenceEnds : paragraphEnds;
  const before = beforeRaw.slice(Math.max(0, ...ends(beforeRaw)));
  const after = afterRaw.slice(0, ends(afterRaw)[0] ?? afterRaw.length);
  const b = before.split(/\s+/).filter(Boolean);
  const a = after.split(/\s+/).filter(Boolean);
  // The word the span starts or ends inside is part of its context ("MRN:998877").
  return { before: b.slice(-window).join(" "), after: a.slice(0, window).join(" ") };
}

function paragraphEnds(text: string): number[] {
  return [...text.matchAll(/\n\s*\n/g)].map((m) => m.index + m[0].length);
}

export interface CompiledContext {
  raise?: TermSet;
  lower?: TermSet;
  lowerBefore?: TermSet;
  require?: TermSet;
  exclude?: TermSet;
  window: number;
  scope: ContextSpec["scope"];
}

const compiled = new WeakMap<ContextSpec, CompiledContext>();

export function compileContext(spec: ContextSpec): CompiledContext {
  let c = compiled.get(spec);
  if (!c) {
    const re = (terms: string[]) => (terms.length ? new TermSet(terms) : undefined);
    c = { raise: re(spec.raise), lower: re(spec.lower), lowerBefore: re(spec.lowerBefore), require: re(spec.require), exclude: re(spec.exclude), window: spec.window, scope: spec.scope };
    compiled.set(spec, c);
  }
  return c;
}
