// Contribution text is untrusted: every string that reaches the HTML goes
// through one of these, so no text can open a tag, close an attribute or
// smuggle in a script URL.

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text for element content or a quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * The link targets a reader may follow from a draft: web pages and e-mail.
 * Anything else (javascript:, data:, file:, relative paths that would
 * resolve against wherever the file is opened) is shown as text only.
 */
export function safeUrl(url: string): string | undefined {
  const trimmed = url.trim();
  return /^(https?:\/\/|mailto:)/i.test(trimmed) ? trimmed : undefined;
}
