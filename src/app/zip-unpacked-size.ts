const endOfDirectory = 0x06054b50;
const directoryEntry = 0x02014b50;
/** The end-of-directory record is 22 bytes, followed by a comment of at most 65,535 bytes. */
const endSearchSpan = 22 + 0xffff;

/**
 * What a ZIP archive (an .xlsx workbook is one) says it unpacks to, read from its central
 * directory without inflating anything: the number of files and the sum of their sizes. Null when
 * the bytes are not a ZIP archive this can read (no directory, a ZIP64 archive, a truncated
 * entry), so the caller refuses or lets its own reader say what is wrong.
 *
 * @example zipUnpackedSize(bytes) // { files: 6, bytes: 2905 }
 */
export function zipUnpackedSize(bytes: Uint8Array): { files: number; bytes: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - endSearchSpan); at--) {
    if (view.getUint32(at, true) === endOfDirectory) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const files = view.getUint16(end + 10, true);
  const directoryOffset = view.getUint32(end + 16, true);
  // ZIP64 marks its real values elsewhere with these; a career ladder never needs one.
  if (files === 0xffff || directoryOffset === 0xffffffff) return null;
  let total = 0;
  let at = directoryOffset;
  for (let file = 0; file < files; file++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== directoryEntry) return null;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return null;
    total += size;
    // The entry's name, extra field and comment follow its 46 fixed bytes.
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return { files, bytes: total };
}
