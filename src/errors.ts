/**
 * A problem with what the user gave us (a rule, a config, a path, an option).
 * The CLI prints its message on one line and exits 2; it never shows a stack.
 */
export class InputError extends Error {}

/** An InputError that names the file and the key to fix. */
export class FileKeyError extends InputError {
  constructor(readonly file: string, readonly key: string, problem: string) {
    super(`${file}: ${key ? `${key}: ` : ""}${problem}`);
  }
}
