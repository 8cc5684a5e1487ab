/**
 * Why a file could not be read as a DOCX (not a ZIP, no document part,
 * malformed XML, a DOCTYPE); the message completes "expected a DOCX: ...".
 */
export class NotDocxError extends Error {
  override readonly name: string = "NotDocxError";
}

/**
 * A DOCX past one of the reading limits (DocxLimits): refused before it can
 * stall or exhaust the reader. The message says which limit and where.
 */
export class DocxLimitError extends NotDocxError {
  override readonly name: string = "DocxLimitError";
}
