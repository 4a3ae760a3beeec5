/**
 * Reasons quote the words that decided a verdict ("tied to care: \"gave his daughter camila part of his
 * liver\""), and those words may hold an identifier found in the same post. Without --show-matches no output
 * prints matched text, so each identifier's text inside a reason is replaced by an ellipsis.
 */
export function redactReasons(reasons: string[], identifiers: Hidden[]): string[] {
  if (!identifiers.length) return reasons;
  return reasons.map((reason) => {
    const lower = reason.toLowerCase();
    return identifiers.reduce((out, id) => (lower.includes(id.lower) ? out.replace(id.pattern, "…") : out), reason);
  });
}

/** An identifier's text, lower-cased for a quick look, and the pattern that finds it as whole words in any case. */
export interface Hidden {
  lower: string;
  pattern: RegExp;
}

/** The texts to hide, longest first so a full name goes before the given name inside it, each once and compiled once. */
export function identifierTexts(texts: string[]): Hidden[] {
  const unique = [...new Set(texts.map((t) => t.replace(/\s+/g, " ").trim()).filter((t) => t.length >= 2))].sort((a, b) => b.length - a.length);
  return unique.map((t) => ({ lower: t.toLowerCase(), pattern: new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(t)}(?![\p{L}\p{N}])`, "giu") }));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
