import path from "node:path";

/** A root-relative file as seen from the current directory. */
export function displayPath(
  file: string,
  options: { root: string; cwd: string },
): string {
  const relative = path.relative(options.cwd, path.join(options.root, file));
  return relative === "" ? "." : relative.split(path.sep).join("/");
}
