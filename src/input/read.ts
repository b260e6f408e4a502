/**
 * Bytes → text. Binary files and files that are not valid UTF-8 are refused with a reason, so
 * the caller can report and skip them. (Legacy encodings: see the transcripts issue.)
 */

export type DecodeResult = { ok: true; text: string; encoding: string; notices: string[] } | { ok: false; reason: string };

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  const head = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (head.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes); skipped' };
  try {
    let text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text, encoding: 'utf-8', notices: [] };
  } catch {
    return { ok: false, reason: 'not valid UTF-8; skipped' };
  }
}
