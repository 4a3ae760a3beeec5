import { statSync } from "node:fs";
import { relative, resolve, sep } from "node:path";
import fg from "fast-glob";
import { InputError } from "./errors.js";
import { BULK_EXTENSIONS, TEXT_EXTENSIONS } from "./documents/document.js";

const ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];

/**
 * Expands files, folders and globs into the drafts to lint (absolute paths,
 * sorted, each once). A named file is linted whatever its extension; folders
 * yield draft files (.txt, .md, .markdown, .mdx), and globs also bulk exports
 * (.csv, .json, .jsonl).
 */
export function expandPaths(patterns: string[], cwd: string, ignore: string[], ignoreBase: string): string[] {
  const ignored = ignoredFiles(ignore, ignoreBase);
  const ext = `**/*.{${TEXT_EXTENSIONS.map((e) => e.slice(1)).join(",")}}`;
  const found = new Set<string>();
  for (const p of patterns) {
    const abs = resolve(cwd, p);
    const stat = statOrUndefined(abs);
    let matches: string[];
    if (stat?.isFile()) matches = [abs];
    else if (stat?.isDirectory()) matches = fg.sync(ext, { cwd: abs, absolute: true, dot: true, ignore: ALWAYS_IGNORED, caseSensitiveMatch: false });
    else if (fg.isDynamicPattern(p)) {
      matches = fg.sync(toGlob(p), { cwd, absolute: true, dot: true, ignore: ALWAYS_IGNORED })
        .filter((f) => [...TEXT_EXTENSIONS, ...BULK_EXTENSIONS].some((e) => f.toLowerCase().endsWith(e)));
    } else throw new InputError(`${p}: no such file or folder`);
    for (const m of matches.map((f) => resolve(f))) if (!ignored.has(m)) found.add(m);
  }
  return [...found].sort();
}

/** A path relative to cwd with "/" separators, as reports show it. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return (rel === "" ? abs : rel).split(sep).join("/");
}

function statOrUndefined(p: string) {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

function toGlob(p: string): string {
  return p.split(sep).join("/");
}

/** The files a config's ignore globs cover, as absolute paths. */
export function ignoredFiles(ignore: string[], base: string): Set<string> {
  return new Set(ignore.length ? fg.sync(ignore, { cwd: base, absolute: true, dot: true }).map((f) => resolve(f)) : []);
}
