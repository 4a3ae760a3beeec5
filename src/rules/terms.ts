/**
 * Builds one regex that finds any of `terms` as whole words. Spaces in a term
 * match any run of white space, and a plural "s"/"es" is accepted unless the
 * list is case-sensitive (lists of names or codes).
 */
export function termsRegex(terms: string[], caseSensitive = false): RegExp {
  const alternatives = [...new Set(terms.map((t) => t.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((t) => {
      const body = t.split(/\s+/).map(escape).join("[\\s\\u00a0]+");
      return !caseSensitive && /[\p{L}]$/u.test(t) ? `${body}(?:s|es|'s|’s)?` : body;
    });
  if (alternatives.length === 0) return /(?!)/gu;
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}_])`, caseSensitive ? "gu" : "giu");
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
