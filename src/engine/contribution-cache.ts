import { createHash } from "node:crypto";
import { open, rename, rm, type FileHandle } from "node:fs/promises";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { removeStaleTemporaries, temporaryPathFor } from "../fs/write-file.js";
import type { LoadedContribution } from "../load/load-contribution.js";
import { append } from "../shared/append.js";
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
  /** The last save's writing, which outlives the save (see {@link settled}). */
  private writing: Promise<void> = Promise.resolve();

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
   * built. A later use reads the file again. Resolves once every write is
   * handed to the system; the build goes on merging and checking while
   * they run, and {@link settled} resolves when the file is in place.
   */
  async save(): Promise<void> {
    try {
      const { auth } = this;
      if (
        auth !== undefined &&
        (this.changed || this.used.size !== this.stored.size)
      )
        ({ written: this.writing } = await this.startWriting(auth));
    } finally {
      this.stored = new Map();
      this.used.clear();
      this.opened = undefined;
      this.changed = false;
    }
  }

  /** When the last {@link save}'s file is written and renamed into place (or given up). */
  settled(): Promise<void> {
    return this.writing;
  }

  // An object, not a promise of one: promises flatten, and the caller must not wait for the writing.
  private async startWriting(
    auth: PackAuth,
  ): Promise<{ written: Promise<void> }> {
    const temp = temporaryPathFor(this.file);
    const giveUp = () => rm(temp, { force: true }).catch(() => undefined);
    try {
      await makeCacheFolder(path.dirname(this.file));
      const chunks = packChunks(auth, this.used);
      // "wx": a new file, never through a link someone left in its place.
      const handle = await open(temp, "wx", 0o600);
      const writes = writeAtOnce(handle, chunks);
      const written = (async () => {
        try {
          await writes;
          await handle.close();
          await rename(temp, this.file);
          await removeStaleTemporaries(this.file);
        } catch {
          await handle.close().catch(() => undefined);
          await giveUp();
        }
      })();
      return { written };
    } catch {
      await giveUp();
      return { written: Promise.resolve() };
    }
  }
}

/** The pack's bytes as chunks, entries serialized where they are not yet. */
function packChunks(
  auth: PackAuth,
  entries: ReadonlyMap<string, Uint8Array | { value: unknown }>,
): Uint8Array[] {
  const chunks = packHeader(auth.fingerprint);
  for (const [key, entry] of entries) {
    const data =
      entry instanceof Uint8Array ? entry : serializeOrSkip(entry.value);
    if (data !== undefined) append(chunks, packEntry(key, data, auth));
  }
  return chunks;
}

/**
 * Every write issued at once, each at its own offset: the system writes
 * them while this thread works on, with no turn of the event loop needed
 * between one and the next.
 */
async function writeAtOnce(
  handle: FileHandle,
  chunks: readonly Uint8Array[],
): Promise<void> {
  const writes: Promise<void>[] = [];
  let position = 0;
  // writev takes at most IOV_MAX (1024) buffers.
  for (let at = 0; at < chunks.length; at += 1000) {
    const batch = chunks.slice(at, at + 1000);
    const bytes = batch.reduce((sum, chunk) => sum + chunk.length, 0);
    writes.push(
      handle.writev(batch, position).then(({ bytesWritten }) => {
        // A short write would leave a broken pack: fail, and the caller removes the temporary file.
        if (bytesWritten !== bytes) throw new Error("short write");
      }),
    );
    position += bytes;
  }
  await Promise.all(writes);
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
