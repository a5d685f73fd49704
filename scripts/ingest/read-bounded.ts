// Reading a file named by a user without trusting the name: no symbolic link
// is followed, only a regular file is read, its size is checked before any
// byte is read, and never more than the limit is read even if it grows.
import { constants } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import type { Stats } from "node:fs";

export type BoundedRead = { ok: true; bytes: Buffer } | { ok: false; reason: string; missing?: boolean };

/** What a path is, in words, when it is not a regular file. */
export function describeKind(info: Stats): string | null {
  if (info.isFile()) return null;
  if (info.isDirectory()) return "a folder";
  if (info.isSymbolicLink()) return "a symbolic link";
  if (info.isFIFO()) return "a named pipe (FIFO)";
  if (info.isCharacterDevice() || info.isBlockDevice()) return "a device";
  if (info.isSocket()) return "a socket";
  return "not a regular file";
}

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

function openFailure(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "ELOOP":
      return "is a symbolic link: name the file it points to instead";
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "cannot be read (permission denied)";
    default:
      return `cannot be read (${error.code ?? error.message})`;
  }
}

async function readAtMost(handle: FileHandle, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total <= limit) {
    const chunk = Buffer.alloc(Math.min(1 << 20, limit + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

/**
 * The bytes of a regular file of at most maxBytes. Opening without following
 * links and without blocking (a FIFO would wait for a writer), then checking
 * the opened file itself, leaves no gap between the check and the read.
 */
export async function readBounded(file: string, maxBytes: number): Promise<BoundedRead> {
  let handle: FileHandle;
  try {
    handle = await open(file, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: openFailure(error as NodeJS.ErrnoException), missing: code === "ENOENT" };
  }
  try {
    const info = await handle.stat();
    const kind = describeKind(info);
    if (kind) return { ok: false, reason: `is ${kind}, not a regular file: only article files are read` };
    if (info.size > maxBytes) return { ok: false, reason: `file is ${info.size} bytes; the limit is ${maxBytes} bytes (split it or raise --max-bytes)` };
    const bytes = await readAtMost(handle, maxBytes);
    if (bytes.length > maxBytes) return { ok: false, reason: `file grew past the limit of ${maxBytes} bytes while it was read` };
    return { ok: true, bytes };
  } catch (error) {
    return { ok: false, reason: openFailure(error as NodeJS.ErrnoException) };
  } finally {
    await handle.close();
  }
}
