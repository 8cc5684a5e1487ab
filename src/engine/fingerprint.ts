import { createHash, type Hash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, type Dirent } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { append } from "../shared/append.js";

/** Bump when the shape of a cached parse changes in a way the loader's code hash would not show. */
export const CACHE_FORMAT = 2;

/** Packages whose versions change what a parse gives. */
const PARSER_PACKAGES = [
  "unified",
  "remark-parse",
  "remark-gfm",
  "micromark",
  "mdast-util-from-markdown",
  "yaml",
];

/**
 * Cached entries hold parses and the text rules' findings, so they depend on
 * the loader, the schemas and the validator; hashing all of wps-report's own
 * code (not the bundle, which has its own hash) is simplest and still fast.
 */
const SKIPPED_FOLDERS = new Set(["bundle", "node_modules"]);

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * In the bundled CLI (scripts/bundle.mjs), a hash of the whole bundle,
 * parser packages included; undefined when running the tsc output or the
 * TypeScript sources.
 */
declare const WPS_REPORT_BUNDLE_HASH: string | undefined;
const bundleHash =
  typeof WPS_REPORT_BUNDLE_HASH === "string"
    ? WPS_REPORT_BUNDLE_HASH
    : undefined;

let computed: string | undefined;

/**
 * What a cached parse depends on besides the file itself: wps-report's
 * version, the cache format, wps-report's own code (so a development build
 * whose parser or text rules changed never reads an old entry) and the
 * installed versions of the Markdown and YAML parsers. The bundled CLI carries the
 * bundle's own hash instead, which covers both. Computed once per process.
 */
export function toolFingerprint(version: string = packageVersion()): string {
  if (version === packageVersion() && computed !== undefined) return computed;
  const hash = createHash("sha256");
  hash.update(`wps-report ${version}\0format ${CACHE_FORMAT}\0`);
  if (bundleHash !== undefined) hash.update(`bundle ${bundleHash}\0`);
  else hashSources(hash);
  const fingerprint = hash.digest("hex");
  if (version === packageVersion()) computed = fingerprint;
  return fingerprint;
}

function hashSources(hash: Hash): void {
  const codeRoot = path.join(here, "..");
  for (const file of codeFiles(codeRoot)) {
    hash.update(`${path.relative(codeRoot, file)}\0`);
    hash.update(readFileSync(file));
  }
  for (const name of PARSER_PACKAGES)
    hash.update(`${name}@${installedVersion(name) ?? "?"}\0`);
}

/** Every .js/.ts file under `folder`, in a fixed order. */
function codeFiles(folder: string): string[] {
  const files: string[] = [];
  for (const entry of safeReaddir(folder)) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) append(files, codeFiles(full));
    } else if (/\.(js|ts)$/.test(entry.name)) files.push(full);
  }
  return files;
}

let ownVersion: string | undefined;

/** wps-report's version, from its package.json (two folders up from dist/engine/, dist/bundle/ or src/engine/). */
export function packageVersion(): string {
  ownVersion ??= readVersion(path.join(here, "..", "..", "package.json"));
  return ownVersion ?? "unknown";
}

/** The version of a package as Node would find it from here: the nearest node_modules/<name> upward. */
function installedVersion(name: string): string | undefined {
  for (let dir = here; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "node_modules", name, "package.json");
    if (existsSync(manifest)) return readVersion(manifest);
    if (path.dirname(dir) === dir) return undefined;
  }
}

function readVersion(manifest: string): string | undefined {
  try {
    const data = JSON.parse(readFileSync(manifest, "utf8")) as {
      version?: unknown;
    };
    return typeof data.version === "string" ? data.version : undefined;
  } catch {
    return undefined;
  }
}

function safeReaddir(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
  } catch {
    return [];
  }
}
