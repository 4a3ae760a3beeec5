import { execFileSync } from "node:child_process";
import { extname, relative, resolve, sep } from "node:path";
import { BULK_EXTENSIONS, TEXT_EXTENSIONS } from "./documents/document.js";
import { InputError } from "./errors.js";

/** A draft to lint that does not (only) live on disk: its path for the report and its bytes. */
export interface Source {
  path: string;
  bytes: Uint8Array;
}

const LINTABLE = [...TEXT_EXTENSIONS, ...BULK_EXTENSIONS];

function git(cwd: string, args: string[]): Buffer {
  try {
    return execFileSync("git", args, { cwd, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 256 * 1024 * 1024 });
  } catch (e) {
    const err = e as { code?: string; stderr?: Buffer };
    if (err.code === "ENOENT") throw new InputError("git is not installed; --staged and --changed-since need it");
    throw new InputError(`git ${args[0]} failed: ${err.stderr?.toString().trim().split("\n")[0] ?? "unknown error"}`);
  }
}

const list = (out: Buffer) => out.toString("utf8").split("\0").filter(Boolean);

/** Paths (relative to cwd) of the files git lists, restricted to drafts and to `paths` when given. */
function drafts(cwd: string, root: string, files: string[], paths: string[]): string[] {
  const within = paths.map((p) => resolve(cwd, p));
  return files
    .map((f) => resolve(root, f))
    .filter((abs) => LINTABLE.includes(extname(abs).toLowerCase()))
    .filter((abs) => within.length === 0 || within.some((w) => abs === w || abs.startsWith(w + sep)))
    .map((abs) => relative(cwd, abs).split(sep).join("/"));
}

/** Added and changed files as they are staged in the index (what a commit will contain), for a pre-commit hook. */
export function stagedSources(cwd: string, paths: string[]): Source[] {
  const root = git(cwd, ["rev-parse", "--show-toplevel"]).toString().trim();
  const files = drafts(cwd, root, list(git(root, ["diff", "--cached", "--name-only", "--diff-filter=ACMR", "-z"])), paths);
  return files.map((path) => ({ path, bytes: git(cwd, ["show", `:${relative(root, resolve(cwd, path)).split(sep).join("/")}`]) }));
}

/** Files changed since `ref` (committed, staged or not) and new untracked files, as in the working tree. */
export function changedSince(cwd: string, ref: string, paths: string[]): string[] {
  const root = git(cwd, ["rev-parse", "--show-toplevel"]).toString().trim();
  const changed = list(git(root, ["diff", "--name-only", "--diff-filter=ACMR", "-z", ref, "--"]));
  const untracked = list(git(root, ["ls-files", "--others", "--exclude-standard", "-z"]));
  return drafts(cwd, root, [...new Set([...changed, ...untracked])], paths);
}
