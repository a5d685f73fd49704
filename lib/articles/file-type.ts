// Well-known binary formats told by their first bytes, so that an archive or
// a picture renamed .txt or .html is refused by name ("a ZIP archive"), whatever
// its extension says, before any guess about text encodings.
const SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: "a ZIP archive (or a document made of one: .docx, .odt, .epub)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "a ZIP archive", bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: "a gzip-compressed file", bytes: [0x1f, 0x8b] },
  { name: "a bzip2-compressed file", bytes: [0x42, 0x5a, 0x68] },
  { name: "an xz-compressed file", bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: "a 7-Zip archive", bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: "a RAR archive", bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: "a PDF document", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "a Word 97–2003 or other OLE document", bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: "a program (ELF)", bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: "a Windows program", bytes: [0x4d, 0x5a] },
];

/** The binary format the bytes start with, in words, or null. */
export function binaryFormatOf(bytes: Uint8Array): string | null {
  const match = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  return match?.name ?? null;
}
