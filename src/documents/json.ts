import { isMap, isScalar, isSeq, parseDocument as parseYamlDocument, type Node, type YAMLMap } from "yaml";
import { InputError } from "../errors.js";
import { lineOf, post, TEXT_FIELDS, textField } from "./bulk.js";
import type { Post } from "./document.js";

/**
 * JSON: an array of posts (strings or objects), or an object with a `posts` array or, under another name
 * (`"queue"`, `"items"`, `"data"`), the first array of objects that have a text field, or one post: an object
 * with a text field of its own. A post's text field may hold the post itself as an object (`{"reply": {"to": ..., "text": ...}}`).
 */
export function jsonPosts(path: string, text: string, column?: string): Post[] {
  checkJson(path, text, 0);
  const doc = parseYamlDocument(text, { keepSourceTokens: false });
  let list: Node | null | undefined = doc.contents;
  if (isMap(list)) {
    const root = list;
    list = (root.get("posts", true) as Node | undefined) ?? root.items.map((pair) => pair.value as Node).find((v) => holdsPosts(v, column));
    // One post exported alone: an object with a text field of its own ({"platform": "instagram", "caption": "..."}).
    if (list === undefined && textField(keysOf(root), column) !== undefined) return jsonPost(path, text, root, 0, column);
  }
  if (!isSeq(list)) throw new InputError(`${path}: line 1: expected an array of posts, an object with a "posts" array or another array of objects with a text field, or one post with a text field`);
  return list.items.flatMap((item) => jsonPost(path, text, item as Node, 0, column));
}

/** An object's field names, in order ("" for a key that is not a scalar). */
function keysOf(map: YAMLMap): string[] {
  return map.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ""));
}

/** An array whose items are objects with a text field: a scheduling tool's export under its own name. */
function holdsPosts(node: Node | null, column?: string): boolean {
  return isSeq(node) && node.items.length > 0 && node.items.every((item) => isMap(item) && textField(keysOf(item), column) !== undefined);
}

/** JSON Lines: one post (a string or an object) per line. */
export function jsonlPosts(path: string, text: string, column?: string): Post[] {
  const out: Post[] = [];
  let start = 0;
  for (const line of text.split("\n")) {
    if (line.trim()) {
      checkJson(path, line, lineOf(text, start) - 1);
      out.push(...jsonPost(path, text, parseYamlDocument(line).contents as Node, start, column));
    }
    start += line.length + 1;
  }
  return out;
}

/**
 * One item's post: a string, or an object's text field (a null text is an empty post). An item with no text to
 * find (an object without a text field, a number) is refused with its line, as a CSV without a text column is.
 */
function jsonPost(path: string, file: string, node: Node, base: number, column?: string): Post[] {
  if (isScalar(node) && typeof node.value === "string" && node.range) return [stringPost(file, base + node.range[0], {})];
  const keys = isMap(node) ? keysOf(node) : [];
  const at = textField(keys, column);
  const key = at === undefined ? undefined : keys[at];
  const value = key === undefined ? undefined : (node as YAMLMap).get(key, true) as Node | null;
  if (isScalar(value) && value.value === null) return [];
  // A post nested under its text field, as some tools export a reply: {"reply": {"to": "@martina.g", "text": "..."}}; the outer field still tells what it is.
  if (key !== undefined && isMap(value) && textField(keysOf(value), column) !== undefined) {
    const outer = node.toJSON() as Record<string, unknown>;
    delete outer[key];
    return jsonPost(path, file, value, base, column).map((p) => post(p.text, p.offsets ?? [], { ...outer, ...p.meta }, key));
  }
  if (key === undefined || !isScalar(value) || typeof value.value !== "string" || !value.range) {
    const line = lineOf(file, base + (node?.range?.[0] ?? 0));
    const why = !isMap(node) ? "a post is a string or an object with a text field" : key === undefined ? `a post with no text field; ${column ? `no field is named "${column}"` : `name one ${TEXT_FIELDS.join(", ")} or pass --csv-column`}` : `the post's "${key}" is not a string`;
    throw new InputError(`${path}: line ${line}: ${why}`);
  }
  const meta = node.toJSON() as Record<string, unknown>;
  delete meta[key];
  return [stringPost(file, base + value.range[0], meta, key)];
}

/** Decodes the JSON string literal starting at `at` (its opening quote), keeping each character's file offset. */
function stringPost(file: string, at: number, meta: Record<string, unknown>, field?: string): Post {
  let value = "";
  const offsets: number[] = [];
  const ESC: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", '"': '"', "\\": "\\", "/": "/" };
  for (let i = at + 1; i < file.length && file[i] !== '"'; i++) {
    if (file[i] !== "\\") {
      value += file[i];
      offsets.push(i);
    } else if (file[i + 1] === "u") {
      value += String.fromCharCode(parseInt(file.slice(i + 2, i + 6), 16));
      offsets.push(i);
      i += 5;
    } else {
      value += ESC[file[i + 1]] ?? file[i + 1];
      offsets.push(i++);
    }
  }
  return post(value, offsets, meta, field);
}

/** Throws, naming the line, when `text` is not JSON. */
function checkJson(path: string, text: string, lineBase: number): void {
  try {
    JSON.parse(text);
  } catch (e) {
    const at = jsonErrorOffset(text);
    throw new InputError(`${path}: line ${lineBase + lineOf(text, at)}: not valid JSON (${(e as Error).message.split("\n")[0].slice(0, 80)})`);
  }
}

/** Where a JSON text first goes wrong: a small recursive-descent scan (JSON.parse does not say where on Node 20). */
function jsonErrorOffset(s: string): number {
  let i = 0;
  const ws = () => {
    while (/\s/.test(s[i] ?? "")) i++;
  };
  const fail = (): never => {
    throw i;
  };
  const value = (): void => {
    ws();
    const c = s[i];
    if (c === "{") {
      i++;
      ws();
      if (s[i] === "}") return void i++;
      for (;;) {
        ws();
        if (s[i] !== '"') fail();
        string();
        ws();
        if (s[i] !== ":") fail();
        i++;
        value();
        ws();
        if (s[i] === ",") i++;
        else if (s[i] === "}") return void i++;
        else fail();
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (s[i] === "]") return void i++;
      for (;;) {
        value();
        ws();
        if (s[i] === ",") i++;
        else if (s[i] === "]") return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(s.slice(i, i + 400));
    if (!m) fail();
    i += m![0].length;
  };
  const string = () => {
    for (i++; i < s.length && s[i] !== '"'; i++) if (s[i] === "\\") i++;
    if (i >= s.length) fail();
    i++;
  };
  try {
    value();
    ws();
    return i < s.length ? i : s.length;
  } catch (at) {
    return Math.min(at as number, s.length);
  }
}
