/** Turns a file's bytes into text, or says why it cannot be linted as text. */
export type Decoded = { ok: true; text: string; note?: string } | { ok: false; reason: string };

/** Larger files are reported instead of linted, so one stray dump cannot exhaust memory. */
export const MAX_BYTES = 64 * 1024 * 1024;

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const latin = new TextDecoder("windows-1252");

export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_BYTES) {
    return { ok: false, reason: `file is larger than ${MAX_BYTES / 1024 / 1024} MiB; split it or lint it in parts` };
  }
  if (looksBinary(bytes)) return { ok: false, reason: "file looks binary (it has NUL bytes); only text drafts can be linted" };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: true, text: latin.decode(bytes), note: "not valid UTF-8; read as Windows-1252" };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8000);
  // UTF-16 text carries a BOM; anything else with NUL bytes is treated as binary, as git does.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return true;
  return head.includes(0);
}
