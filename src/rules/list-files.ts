import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The rules that ship with phi-lint. */
export const SHIPPED_RULES_DIR = fileURLToPath(new URL("../../rules/", import.meta.url));

/** A list file's entries (one a line, `#` comments), or undefined when it cannot be read. */
export function readList(path: string): string[] | undefined {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
  return text.split(/\r?\n/).map((l) => l.replace(/#.*$/, "").trim()).filter(Boolean);
}

/** A shipped list, rules/lists/NAME.txt. */
export function shippedList(name: string): string[] {
  return readList(join(SHIPPED_RULES_DIR, "lists", `${name}.txt`)) ?? [];
}
