import type { Span } from "../documents/document.js";

/** The one module that uses compromise. It is loaded only when a rule asks for it. */
type Nlp = typeof import("compromise").default;
type View = ReturnType<Nlp>;

let nlp: Nlp | undefined;

export async function loadNlp(): Promise<void> {
  nlp ??= (await import("compromise")).default;
}

/** Paragraphs are parsed one at a time, so a huge draft never becomes one huge parse. */
const CHUNK = 4000;

interface Parsed {
  offset: number;
  view: View;
}

let lastText: string | undefined;
let lastParsed: Parsed[] = [];

function parse(text: string): Parsed[] {
  if (text === lastText) return lastParsed;
  if (!nlp) throw new Error("compromise is not loaded; call loadNlp() first");
  const parsed: Parsed[] = [];
  for (const chunk of chunks(text)) {
    if (/\p{L}/u.test(chunk.text)) parsed.push({ offset: chunk.start, view: nlp(chunk.text) });
  }
  lastText = text;
  lastParsed = parsed;
  return parsed;
}

function* chunks(text: string): Generator<{ start: number; text: string }> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + CHUNK);
    if (end < text.length) {
      const window = text.slice(start, end);
      const cut = [window.lastIndexOf("\n\n"), window.lastIndexOf("\n"), window.lastIndexOf(". ")].find((i) => i > CHUNK / 4);
      if (cut !== undefined) end = start + cut + 1;
    }
    yield { start, text: text.slice(start, end) };
    start = end;
  }
}

/** Spans in `text` that the compromise match expression selects. */
export function nlpMatches(text: string, expression: string): Span[] {
  const out: Span[] = [];
  for (const { offset, view } of parse(text)) {
    const found = view.match(expression).json({ offset: true }) as { offset: { start: number; length: number } }[];
    for (const f of found) out.push({ start: offset + f.offset.start, end: offset + f.offset.start + f.offset.length });
  }
  return out;
}
