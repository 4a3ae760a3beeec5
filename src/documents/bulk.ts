import type { Post } from "./document.js";

/** What the CSV and JSON readers share: one post a row or item, with true file offsets. */

/** Text fields of a reply queue: a post found there is a reply, unless the row has a type of its own. */
const REPLY_FIELDS = ["reply", "reply text", "response"];

/** Header names (or JSON keys) that hold a post's text, in the order they are tried. */
export const TEXT_FIELDS = ["message", "text", "content", "post", "body", "caption", "post text", "post content", "post body", "message text", "tweet", "tweet text", "copy", "post copy", ...REPLY_FIELDS];

/** A field name as compared: case, and spaces, underscores and hyphens between words, do not matter ("Post_Text" is "post text"). */
const fieldName = (name: string) => name.trim().toLowerCase().replace(/[\s_-]+/g, " ");

/** Which of `names` (a header row, an object's keys) holds the text: the one `column` names, or the first of TEXT_FIELDS found. */
export function textField(names: string[], column?: string): number | undefined {
  const have = names.map(fieldName);
  return (column ? [fieldName(column)] : TEXT_FIELDS).map((w) => have.indexOf(w)).find((i) => i >= 0);
}

/**
 * A post made of a stretch of the file, with the file offset of each character when escapes shift them.
 * `field` is the name of the column or key the text came from: a reply queue's ("handle,reply") makes the post a reply.
 */
export function post(text: string, offsets: number[], meta: Record<string, unknown>, field = ""): Post {
  // An empty type cell gives the row no type of its own.
  const reply = REPLY_FIELDS.includes(fieldName(field)) && (meta.type === undefined || meta.type === "");
  return { text, offset: offsets[0] ?? 0, offsets, meta: reply ? { ...meta, type: "reply" } : meta, images: [] };
}

export const lineOf = (text: string, offset: number) => text.slice(0, offset).split("\n").length;
