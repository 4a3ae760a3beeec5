import type { Post } from "./document.js";

/** What the CSV and JSON readers share: one post a row or item, with true file offsets. */

/** Header names (or JSON keys) that hold a post's text, in the order they are tried. */
export const TEXT_FIELDS = ["message", "text", "content", "post", "body", "caption"];

/** A post made of a stretch of the file, with the file offset of each character when escapes shift them. */
export function post(text: string, offsets: number[], meta: Record<string, unknown>): Post {
  return { text, offset: offsets[0] ?? 0, offsets, meta, images: [] };
}

export const lineOf = (text: string, offset: number) => text.slice(0, offset).split("\n").length;
