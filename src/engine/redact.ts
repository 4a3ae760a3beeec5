/**
 * Reasons quote the words that decided a verdict ("tied to care: \"gave his daughter camila part of his
 * liver\""), and those words may hold an identifier found in the same post. Without --show-matches no output
 * prints matched text, so each identifier's text inside a reason is replaced by an ellipsis.
 */
export function redactReasons(reasons: string[], identifiers: string[]): string[] {
  if (!identifiers.length) return reasons;
  return reasons.map((reason) => {
    let out = reason;
    const lower = reason.toLowerCase();
    for (const id of identifiers) {
      if (!lower.includes(id.toLowerCase())) continue;
      out = out.replace(new RegExp(String.raw`(?<![\p{L}\p{N}])${escape(id)}(?![\p{L}\p{N}])`, "giu"), "…");
    }
    return out;
  });
}

/** The texts to hide, longest first so a full name goes before the given name inside it, each once. */
export function identifierTexts(texts: string[]): string[] {
  return [...new Set(texts.map((t) => t.replace(/\s+/g, " ").trim()).filter((t) => t.length >= 2))].sort((a, b) => b.length - a.length);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
