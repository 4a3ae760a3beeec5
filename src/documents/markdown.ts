import { isMap, isPair, isScalar, parseDocument, visit } from "yaml";
import type { Span } from "./document.js";

/** Front-matter keys whose string values are published text and so are linted. */
const TEXT_KEYS = new Set(["title", "description", "summary", "excerpt", "caption", "alt", "text"]);

export interface FrontMatter {
  data: Record<string, unknown>;
  /** [start, end) of the whole block, fences included. */
  range: Span;
  /** Value ranges that stay visible to the detectors. */
  textRanges: Span[];
  error?: string;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function frontMatter(text: string): FrontMatter | undefined {
  const m = FENCE.exec(text);
  if (!m) return undefined;
  const bodyStart = m[0].indexOf("\n") + 1;
  const doc = parseDocument(m[1], { prettyErrors: false });
  const range: Span = { start: 0, end: m[0].length };
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = text.slice(0, bodyStart + (e.pos?.[0] ?? 0)).split("\n").length;
    return { data: {}, range, textRanges: [], error: `front matter is not valid YAML (line ${line}): ${e.code}` };
  }
  const data = doc.toJS() as unknown;
  const textRanges: Span[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || !TEXT_KEYS.has(String(pair.key.value))) return;
      const v = pair.value;
      if (isScalar(v) && typeof v.value === "string" && v.range) {
        textRanges.push({ start: bodyStart + v.range[0], end: bodyStart + v.range[1] });
      }
    },
  });
  const record = data !== null && typeof data === "object" && !Array.isArray(data) && isMap(doc.contents)
    ? (data as Record<string, unknown>) : {};
  return { data: record, range, textRanges };
}

/** An attached photo or video a draft describes in brackets: "[photo: lower leg before and after]", "[Image: Ana with her nurses]". */
const ATTACHED = /\[(?:photos?|images?|pictures?|pics?|video|img|attached\s+photo)\s*[:\-–]\s*([^\]\n]+)\]/gi;

/** The attached photos a plain-text draft describes in brackets; the description is lintable text. */
export function attachedPhotos(text: string): Span[] {
  return [...text.matchAll(ATTACHED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** Markdown images, HTML <img> tags and described attachments: each is a photo; its alt text or description stays lintable. */
export function images(text: string): { span: Span; visible: Span[] }[] {
  const found: { span: Span; visible: Span[] }[] = attachedPhotos(text).map((span) => ({ span, visible: [span] }));
  const md = /!\[([^\]\n]*)\]\(([^)\n]*)\)/g;
  for (let m = md.exec(text); m; m = md.exec(text)) {
    const altStart = m.index + 2;
    found.push({ span: { start: m.index, end: m.index + m[0].length }, visible: [{ start: altStart, end: altStart + m[1].length }] });
  }
  const html = /<img\b[^>]*>/gi;
  for (let m = html.exec(text); m; m = html.exec(text)) {
    const visible: Span[] = [];
    const attr = /\b(?:alt|title)\s*=\s*("([^"]*)"|'([^']*)')/gi;
    for (let a = attr.exec(m[0]); a; a = attr.exec(m[0])) {
      const valueStart = m.index + a.index + a[0].length - a[1].length + 1;
      visible.push({ start: valueStart, end: valueStart + a[1].length - 2 });
    }
    found.push({ span: { start: m.index, end: m.index + m[0].length }, visible });
  }
  return found;
}

/**
 * The marks of emphasis around words ("**Kenny Alvarez**", "_very_"), which a reader never sees. An underscore
 * counts only outside a word, so "@the_real_dana" and "snake_case" keep theirs.
 */
export function emphasisMarks(text: string): Span[] {
  const out: Span[] = [];
  const re = /(\*\*|__|\*|(?<![\p{L}\p{N}_@])_)(?=[^\s*_])([^*\n]*?[^\s*_])\1(?![\p{L}\p{N}])/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const mark = m[1].length;
    out.push({ start: m.index, end: m.index + mark }, { start: m.index + m[0].length - mark, end: m.index + m[0].length });
  }
  return out;
}

/** HTML comments are not published. */
export function comments(text: string): Span[] {
  const out: Span[] = [];
  const re = /<!--[\s\S]*?-->/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
