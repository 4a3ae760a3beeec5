import type { Span } from "../documents/document.js";
import type { ContextSpec } from "../rules/rule.js";
import { TermSet } from "../rules/terms.js";

/** The words within `window` words either side of a span, on the same line. */
export function nearText(text: string, span: Span, window: number): string {
  const beforeRaw = text.slice(Math.max(0, span.start - window * 16), span.start);
  const afterRaw = text.slice(span.end, span.end + window * 16);
  const before = beforeRaw.split("\n").pop() ?? "";
  const after = afterRaw.split("\n")[0] ?? "";
  const b = before.split(/\s+/).filter(Boolean);
  const a = after.split(/\s+/).filter(Boolean);
  // The word the span starts or ends inside is part of its context ("MRN:998877").
  return `${b.slice(-window).join(" ")} ${a.slice(0, window).join(" ")}`;
}

export interface CompiledContext {
  raise?: TermSet;
  lower?: TermSet;
  require?: TermSet;
  window: number;
}

const compiled = new WeakMap<ContextSpec, CompiledContext>();

export function compileContext(spec: ContextSpec): CompiledContext {
  let c = compiled.get(spec);
  if (!c) {
    const re = (terms: string[]) => (terms.length ? new TermSet(terms) : undefined);
    c = { raise: re(spec.raise), lower: re(spec.lower), require: re(spec.require), window: spec.window };
    compiled.set(spec, c);
  }
  return c;
}
