/**
 * Read a document for the single-file commands (`unscrape FILE`,
 * `unscrape report FILE`).
 */
import fs from 'node:fs'

/** A document as read: its bytes, its text, and whether it is HTML. */
export interface ReadDocument {
  /** The file's bytes (for `cleanupHtml`, which decodes a page the way a browser does). */
  bytes: Buffer
  /** The bytes decoded: by their byte order mark (UTF-8, UTF-16LE, UTF-16BE), else as UTF-8; no BOM. */
  text: string
  /** Told so, or the text starts like an HTML page (`<!doctype html`, `<html>`, `<head>`, `<body>`). */
  html: boolean
}

/**
 * Read a file, or stdin for `-` or no name, and decode it.
 *
 * A text editor on Windows saves "Unicode" text as UTF-16LE with a BOM:
 * read as UTF-8, every other byte would be a NUL.
 *
 * @param name The file's path; `-` or `undefined` for stdin.
 * @param html Whether the caller says it is HTML (`--html`).
 */
export function readDocument(name: string | undefined, html: boolean): ReadDocument {
  const bytes = fs.readFileSync(!name || name === '-' ? 0 : name)
  const text = decodeText(bytes)
  return {bytes, text, html: html || looksLikeHtml(text.slice(0, 256))}
}

/**
 * Decode bytes by their byte order mark, else as UTF-8 (invalid bytes become U+FFFD).
 *
 * @param bytes The bytes.
 */
export function decodeText(bytes: Uint8Array): string {
  // (TextDecoder drops the BOM it is named for.)
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  return new TextDecoder('utf-8').decode(bytes)
}

/**
 * Whether a document starts like an HTML page.
 *
 * @param text The document's start.
 */
function looksLikeHtml(text: string): boolean {
  // "<!DOCTYPE html>", "<html lang=…>", "<head>", "<body>": a fragment of markup in a text is not enough.
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text)
}
