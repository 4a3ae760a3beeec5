import { extname } from "node:path";
import { csvPosts } from "./csv.js";
import { jsonlPosts, jsonPosts } from "./json.js";
import { attachedPhotos, comments, emphasisMarks, frontMatter, images } from "./markdown.js";

export interface Span {
  start: number;
  end: number;
}

/**
 * One post to lint. `text` has the length of the file region it covers, with
 * what is not published (front matter keys, image URLs, comments, emphasis marks) blanked out,
 * so an offset in `text` plus `offset` is an offset in the file.
 */
export interface Post {
  text: string;
  offset: number;
  /** File offset of each character, where escapes in a CSV or JSON cell shift them. */
  offsets?: number[];
  meta: Record<string, unknown>;
  images: Span[];
}

export interface Document {
  path: string;
  text: string;
  posts: Post[];
  /** Problems that did not stop linting, e.g. a broken front matter block. */
  notes: string[];
}

export const MARKDOWN_EXTENSIONS = [".md", ".markdown", ".mdx"];
/** Drafts found when a folder is linted. */
export const TEXT_EXTENSIONS = [".txt", ...MARKDOWN_EXTENSIONS];
/** Bulk exports of scheduling tools: linted when named or matched by a glob, never picked up from a folder. */
export const BULK_EXTENSIONS = [".csv", ".json", ".jsonl"];

/** The file offset of a post's character `i` (or of the end of its text). */
export function fileOffset(post: Post, i: number): number {
  if (!post.offsets) return post.offset + i;
  if (i < post.offsets.length) return post.offsets[i];
  return post.offsets.length ? post.offsets[post.offsets.length - 1] + 1 : post.offset;
}

export interface ParseOptions {
  /** The CSV column or JSON field that holds each post's text. */
  textColumn?: string;
}

export function parseDocument(path: string, rawText: string, opts: ParseOptions = {}): Document {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") return { path, text, posts: csvPosts(path, text, opts.textColumn), notes: [] };
  if (ext === ".json") return { path, text, posts: jsonPosts(path, text, opts.textColumn), notes: [] };
  if (ext === ".jsonl") return { path, text, posts: jsonlPosts(path, text, opts.textColumn), notes: [] };
  if (!MARKDOWN_EXTENSIONS.includes(extname(path).toLowerCase())) {
    return { path, text, posts: [{ text, offset: 0, meta: {}, images: attachedPhotos(text) }], notes: [] };
  }
  const notes: string[] = [];
  const hidden: Span[] = [];
  const visible: Span[] = [];
  const fm = frontMatter(text);
  if (fm) {
    hidden.push(fm.range);
    visible.push(...fm.textRanges);
    if (fm.error) notes.push(fm.error);
  }
  const imgs = images(text).filter((i) => !fm || i.span.start >= fm.range.end);
  for (const img of imgs) {
    hidden.push(img.span);
    visible.push(...img.visible);
  }
  hidden.push(...comments(text), ...emphasisMarks(text).filter((m) => !fm || m.start >= fm.range.end));
  const masked = blank(text, hidden, visible);
  return { path, text, posts: [{ text: masked, offset: 0, meta: fm?.data ?? {}, images: imgs.map((i) => i.span) }], notes };
}

/** Replaces hidden ranges by spaces (keeping line breaks), except the visible ones inside them. */
function blank(text: string, hidden: Span[], visible: Span[]): string {
  if (hidden.length === 0) return text;
  const keep = new Uint8Array(text.length).fill(1);
  for (const h of hidden) keep.fill(0, h.start, h.end);
  for (const v of visible) keep.fill(1, v.start, v.end);
  let out = "";
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && keep[i] === keep[runStart]) continue;
    const run = text.slice(runStart, i);
    out += keep[runStart] ? run : run.replace(/[^\r\n]/g, " ");
    runStart = i;
  }
  return out;
}
