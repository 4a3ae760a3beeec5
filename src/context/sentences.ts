import type { Span } from "../documents/document.js";

const ABBREVIATION = /(?:^|[\s(])(?:Dr|Mr|Mrs|Ms|Mx|Prof|Rev|St|Mt|Jr|Sr|Sen|Rep|Gov|Lt|Sgt|Capt|vs|etc|e\.g|i\.e|No|Apt|Ste|Ave|Rd|Blvd|approx|min|max|[A-Z])$/;

/** Sentence spans of a post: split at . ! ? before white space (not after titles or initials) and at line breaks. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const end = /[.!?]+["')\]”’]*(?=\s|$)|\n/g;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    if (m[0][0] === "." && ABBREVIATION.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    push(start, m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return out;

  function push(a: number, b: number): void {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
  }
}
