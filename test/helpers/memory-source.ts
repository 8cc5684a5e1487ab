import path from "node:path";
import type { DirEntry, FileSource } from "../../src/load/file-source.js";

/**
 * A project held in memory (root-relative POSIX paths -> bytes), read by
 * the loader like the working tree: for running thousands of editions in
 * one test without touching the disk.
 */
export function memorySource(
  files: ReadonlyMap<string, Uint8Array>,
  root = "/memory",
): FileSource {
  const entryOf = (name: string, file: string): DirEntry | undefined => {
    const bytes = files.get(file);
    if (bytes !== undefined) return { name, kind: "file", size: bytes.length };
    const prefix = `${file}/`;
    for (const key of files.keys())
      if (key.startsWith(prefix)) return { name, kind: "directory", size: 0 };
    return undefined;
  };
  return {
    root,
    readFile(file) {
      const bytes = files.get(file);
      if (bytes === undefined)
        return Promise.reject(
          Object.assign(new Error(`ENOENT: ${file}`), { code: "ENOENT" }),
        );
      return Promise.resolve(bytes);
    },
    list(dir) {
      const names = new Set<string>();
      const prefix = `${dir}/`;
      for (const key of files.keys())
        if (key.startsWith(prefix))
          names.add(key.slice(prefix.length).split("/")[0] ?? "");
      return Promise.resolve(
        [...names]
          .sort()
          .map((name) => entryOf(name, `${dir}/${name}`))
          .filter((entry): entry is DirEntry => entry !== undefined),
      );
    },
    stat(file) {
      return Promise.resolve(entryOf(path.posix.basename(file), file));
    },
  };
}
