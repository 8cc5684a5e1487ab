import { createHash, type Hash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Bump when the shape of a cached parse changes in a way the loader's code hash would not show. */
export const CACHE_FORMAT = 1;

/** Packages whose versions change what a parse gives. */
const PARSER_PACKAGES = [
  "unified",
  "remark-parse",
  "remark-gfm",
  "micromark",
  "mdast-util-from-markdown",
  "yaml",
];

/** The code that turns files into what the cache keeps: the loader and the schemas it checks report.yaml with. */
const CODE_FOLDERS = ["load", "schema"];

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
 * version, the cache format, the loader's own code (so a development build
 * whose parser changed never reads an old parse; src/load and src/schema) and the installed
 * versions of the Markdown and YAML parsers. The bundled CLI carries the
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
  for (const folder of CODE_FOLDERS) {
    const absolute = path.join(here, "..", folder);
    for (const name of safeReaddir(absolute).sort()) {
      if (!/\.(js|ts)$/.test(name)) continue;
      hash.update(`${folder}/${name}\0`);
      hash.update(readFileSync(path.join(absolute, name)));
    }
  }
  for (const name of PARSER_PACKAGES)
    hash.update(`${name}@${installedVersion(name) ?? "?"}\0`);
}

let ownVersion: string | undefined;

/** wps-report's version, from its package.json (two folders up from dist/cache/, dist/bundle/ or src/cache/). */
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

function safeReaddir(folder: string): string[] {
  try {
    return readdirSync(folder);
  } catch {
    return [];
  }
}
