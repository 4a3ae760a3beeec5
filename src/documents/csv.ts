import { InputError } from "../errors.js";
import { lineOf, post, textField, TEXT_FIELDS } from "./bulk.js";
import type { Post } from "./document.js";

/**
 * CSV (RFC 4180: commas, double quotes, "" inside quotes, CRLF or LF): one post
 * a row, text from the column named `column` or the first of TEXT_FIELDS (see textField).
 */
export function csvPosts(path: string, text: string, column?: string): Post[] {
  const rows = csvRows(path, text);
  if (rows.length === 0) return [];
  const header = rows[0].map((c) => c.value.trim().toLowerCase());
  const at = textField(header, column);
  if (at === undefined) {
    throw new InputError(`${path}: line 1: no text column; ${column ? `no column is named "${column}"` : `name one ${TEXT_FIELDS.join(", ")} or pass --csv-column`}`);
  }
  return rows.slice(1).filter((r) => r[at]).map((r) => {
    const meta = Object.fromEntries(header.map((h, i) => [h, r[i]?.value ?? ""]).filter(([h], i) => i !== at && h));
    return post(r[at].value, r[at].offsets, meta, header[at]);
  });
}

interface Cell {
  value: string;
  offsets: number[];
}

function csvRows(path: string, text: string): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let i = 0;
  while (i <= text.length) {
    const cell: Cell = { value: "", offsets: [] };
    if (text[i] === '"') {
      const open = i++;
      for (;;) {
        if (i >= text.length) throw new InputError(`${path}: line ${lineOf(text, open)}: a quoted field is never closed`);
        if (text[i] === '"' && text[i + 1] === '"') {
          cell.value += '"';
          cell.offsets.push(i);
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else {
          cell.value += text[i];
          cell.offsets.push(i++);
        }
      }
      if (i < text.length && !/[,\r\n]/.test(text[i])) throw new InputError(`${path}: line ${lineOf(text, i)}: text after a closing quote`);
    } else {
      while (i < text.length && !/[,\r\n]/.test(text[i])) {
        cell.value += text[i];
        cell.offsets.push(i++);
      }
    }
    row.push(cell);
    if (text[i] === ",") {
      i++;
      continue;
    }
    if (text[i] === "\r") i++;
    if (text[i] === "\n" || i >= text.length) {
      i++;
      if (row.length > 1 || row[0].value !== "") rows.push(row);
      row = [];
    }
  }
  return rows;
}
