import { createHash } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { removeStaleTemporaries, temporaryPathFor } from "../fs/write-file.js";
import type { LoadedContribution } from "../load/load-contribution.js";
import { toolFingerprint } from "./fingerprint.js";
import {
  machineSecret,
  makeCacheFolder,
  projectFolderName,
  readCacheFile,
  userCacheFolder,
} from "./cache-folder.js";
import {
  decodePack,
  packEntry,
  packHeader,
  type PackAuth,
} from "./pack-file.js";

export interface CacheStats {
  /** Contributions taken from the cache. */
  hits: number;
  /** Contributions that had to be parsed. */
  misses: number;
}

/**
 * Parsed contributions keyed by the SHA-256 of their path and bytes, one
 * pack file per edition folder, as eslint's `--cache` keeps one file. The
 * packs live in the user's cache folder, never in the work tree (a
 * repository must not be able to supply one), and an entry is trusted only
 * when its HMAC under this machine's secret checks out and it was written
 * by the same wps-report (version, loader code and parser versions: see
 * {@link toolFingerprint}). Every failure to read or write the cache is
 * ignored: it only ever costs time.
 */
export class ContributionCache {
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  private stored = new Map<string, Uint8Array>();
  /**
   * The entries this run used or added: what the next save writes (old ones
   * are dropped). Fresh parses are kept as values and serialized one by one
   * while the file is written, so they never all sit in memory twice.
   */
  private readonly used = new Map<string, Uint8Array | { value: unknown }>();
  private opened: Promise<void> | undefined;
  private changed = false;

  /** The fingerprint and secret that sign entries; undefined until opened, or when there is no secret. */
  private auth: PackAuth | undefined;

  constructor(
    /** Absolute path of the pack file. */
    readonly file: string,
    /** The folder holding the machine's secret (the cache folder). */
    private readonly secretFolder: string,
    private readonly fingerprint: string = toolFingerprint(),
  ) {}

  /**
   * The cache of the edition folder `dir` (root-relative) of the project at
   * `root`: `<cache folder>/<hash of root's real path>/<dir>.bin` (see
   * userCacheFolder); undefined when the user has no cache folder.
   */
  static forEdition(
    root: string,
    dir: string,
    options: { version?: string; env?: NodeJS.ProcessEnv } = {},
  ): ContributionCache | undefined {
    const folder = userCacheFolder(options.env);
    if (folder === undefined) return undefined;
    const name = `${dir.replace(/[^A-Za-z0-9._-]+/g, "-")}.bin`;
    return new ContributionCache(
      path.join(folder, projectFolderName(root), name),
      folder,
      toolFingerprint(options.version),
    );
  }

  /** Read the pack file (once); a missing, foreign, forged or corrupted file gives an empty cache. */
  open(): Promise<void> {
    this.opened ??= (async () => {
      const secret = await machineSecret(this.secretFolder);
      if (secret === undefined) return;
      this.auth = { fingerprint: this.fingerprint, secret };
      const bytes = await readCacheFile(this.file);
      if (bytes !== undefined) this.stored = decodePack(bytes, this.auth);
    })().catch(() => undefined);
    return this.opened;
  }

  /** The key of a file's parse: its path (positions name it) and its bytes. */
  keyOf(file: string, bytes: Uint8Array): string {
    return createHash("sha256").update(`${file}\0`).update(bytes).digest("hex");
  }

  /** The cached parse of `file` under `key`, or undefined (never an entry that does not look like one). */
  get(key: string, file: string): LoadedContribution | undefined {
    const data = this.stored.get(key);
    let loaded: LoadedContribution | undefined;
    if (data !== undefined) {
      try {
        const value: unknown = deserialize(data);
        if (looksLoaded(value, file)) loaded = value;
      } catch {
        // A corrupted entry is a miss.
      }
    }
    if (loaded === undefined || data === undefined) {
      this.stats.misses++;
      return undefined;
    }
    this.stats.hits++;
    this.used.set(key, data);
    return loaded;
  }

  /**
   * Another kind of cached value (the parsed report.yaml) under its own key:
   * the cached one when it passes `looksRight`, else `compute()`, which is
   * kept. What `compute` throws is never cached.
   */
  memo<T>(
    key: string,
    compute: () => T,
    looksRight: (value: unknown) => value is T,
  ): T {
    const data = this.stored.get(key);
    if (data !== undefined) {
      try {
        const value: unknown = deserialize(data);
        if (looksRight(value)) {
          this.used.set(key, data);
          return value;
        }
      } catch {
        // A corrupted entry is computed again.
      }
    }
    const value = compute();
    this.used.set(key, { value });
    this.changed = true;
    return value;
  }

  /** Remember a fresh parse; `serialized` when the caller already has it (from a worker thread). */
  put(key: string, loaded: LoadedContribution, serialized?: Uint8Array): void {
    this.used.set(key, serialized ?? { value: loaded });
    this.changed = true;
  }

  /**
   * Write the entries used in this run, atomically (temporary file, then
   * rename), when anything changed; then let go of them, so the tens of
   * megabytes of a large edition's cache are free before the DOCX is
   * built. A later use reads the file again.
   */
  async save(): Promise<void> {
    try {
      const { auth } = this;
      if (
        auth !== undefined &&
        (this.changed || this.used.size !== this.stored.size)
      )
        await this.write(auth);
    } finally {
      this.stored = new Map();
      this.used.clear();
      this.opened = undefined;
      this.changed = false;
    }
  }

  private async write(auth: PackAuth): Promise<void> {
    const temp = temporaryPathFor(this.file);
    try {
      await makeCacheFolder(path.dirname(this.file));
      await writeEntries(temp, auth, this.used);
      await rename(temp, this.file);
      await removeStaleTemporaries(this.file);
    } catch {
      await rm(temp, { force: true }).catch(() => undefined);
    }
  }
}

/** Write a pack entry by entry, a few hundred kilobytes per system call. */
async function writeEntries(
  file: string,
  auth: PackAuth,
  entries: ReadonlyMap<string, Uint8Array | { value: unknown }>,
): Promise<void> {
  // "wx": a new file, never through a link someone left in its place.
  const handle = await open(file, "wx", 0o600);
  let pending: Uint8Array[] = [];
  let bytes = 0;
  const flush = async () => {
    const { bytesWritten } = await handle.writev(pending);
    // A short write would leave a broken pack: fail, and the caller removes the temporary file.
    if (bytesWritten !== bytes) throw new Error("short write");
    pending = [];
    bytes = 0;
  };
  const add = async (chunks: Uint8Array[]) => {
    for (const chunk of chunks) {
      pending.push(chunk);
      bytes += chunk.length;
    }
    // writev takes at most IOV_MAX (1024) buffers.
    if (bytes >= 256 * 1024 || pending.length >= 500) await flush();
  };
  try {
    await add(packHeader(auth.fingerprint));
    for (const [key, entry] of entries) {
      const data =
        entry instanceof Uint8Array ? entry : serializeOrSkip(entry.value);
      if (data !== undefined) await add(packEntry(key, data, auth));
    }
    if (pending.length > 0) await flush();
  } finally {
    await handle.close();
  }
}

/** Something that cannot be serialized is simply not cached. */
function serializeOrSkip(value: unknown): Uint8Array | undefined {
  try {
    return serialize(value);
  } catch {
    return undefined;
  }
}

function looksLoaded(
  value: unknown,
  file: string,
): value is LoadedContribution {
  if (typeof value !== "object" || value === null) return false;
  const { problems, contribution } = value as Record<string, unknown>;
  if (!Array.isArray(problems)) return false;
  if (contribution === undefined) return true;
  return (
    typeof contribution === "object" &&
    contribution !== null &&
    (contribution as { file?: unknown }).file === file &&
    Array.isArray((contribution as { sections?: unknown }).sections)
  );
}
