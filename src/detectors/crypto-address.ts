import { createHash } from "node:crypto";

/** Bitcoin addresses: Base58Check (1..., 3...) or Bech32/Bech32m (bc1...), with their checksums. */
export function bitcoinAddress(m: string): boolean {
  return /^bc1/i.test(m) ? bech32(m) : base58check(m);
}

const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

function base58check(s: string): boolean {
  if (!/^[13][1-9A-HJ-NP-Za-km-z]{25,34}$/.test(s)) return false;
  let n = 0n;
  for (const c of s) n = n * 58n + BigInt(B58.indexOf(c));
  const bytes: number[] = [];
  for (; n > 0n; n >>= 8n) bytes.unshift(Number(n & 0xffn));
  for (const c of s) {
    if (c !== "1") break;
    bytes.unshift(0);
  }
  if (bytes.length !== 25) return false;
  const body = Buffer.from(bytes.slice(0, 21));
  const sum = createHash("sha256").update(createHash("sha256").update(body).digest()).digest();
  return sum.subarray(0, 4).equals(Buffer.from(bytes.slice(21)));
}

const CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function bech32(s: string): boolean {
  const lower = s.toLowerCase();
  if (s !== lower && s !== s.toUpperCase()) return false;
  const sep = lower.lastIndexOf("1");
  const hrp = lower.slice(0, sep);
  const data = [...lower.slice(sep + 1)].map((c) => CHARSET.indexOf(c));
  if (hrp !== "bc" || data.length < 7 || data.includes(-1) || lower.length > 90) return false;
  let chk = 1;
  const values = [...[...hrp].map((c) => c.charCodeAt(0) >> 5), 0, ...[...hrp].map((c) => c.charCodeAt(0) & 31), ...data];
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i];
  }
  // Bech32 (witness v0) ends in 1, Bech32m (v1+) in 0x2bc830a3.
  return chk === 1 || chk === 0x2bc830a3;
}
