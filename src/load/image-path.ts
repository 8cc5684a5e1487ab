import path from "node:path";

/** An image URL relative to the contribution, as a root-relative path; undefined when it is absolute or a URL. */
export function resolveImagePath(
  contributionFile: string,
  url: string,
): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("/")) return undefined;
  let decoded = url;
  try {
    decoded = decodeURIComponent(url);
  } catch {
    // keep the URL as written
  }
  return path.posix.normalize(
    path.posix.join(path.posix.dirname(contributionFile), decoded),
  );
}
