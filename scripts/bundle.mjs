// Bundle the CLI for start-up speed (run by `npm run build` after tsc).
// Node spends most of a sample-size build finding, reading and compiling
// ~300 separate modules (ours, unified/remark, yaml, docx); one ESM file
// per entry does that work once. Entries: the CLI (bin/wps-report.js
// imports it) and the parse worker, which src/engine/ starts from
// the file beside it. Code split at the CLI's lazy `import()`s stays in
// chunks loaded on demand, so `--help` still never compiles docx or remark.
// Every output sits in dist/bundle/, two folders below the package, as the
// tsc output in dist/<folder>/ does, so `new URL("../../templates/",
// import.meta.url)` and friends resolve the same. The tsc output stays
// too: the package's library entry, the tests and scripts use it.
//
// The cache fingerprint: the bundled code carries a hash of the whole
// bundle (written in after bundling), so any change to the code, or to the
// parser packages bundled into it, invalidates cached parses.

import { createHash } from "node:crypto";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const outdir = path.join(root, "dist", "bundle");
/** What the bundled code reads as WPS_REPORT_BUNDLE_HASH until the real hash replaces it (same length). */
const PLACEHOLDER = "wps-report-bundle-hash:".padEnd(64, "_");

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    "wps-report": "src/cli/main.ts",
    "parse-worker": "src/engine/parse-worker.ts",
  },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // CommonJS packages (commander, yaml, ...) call require() for Node's own modules.
  banner: {
    js: 'import { createRequire as __wpsCreateRequire } from "node:module";\nconst require = __wpsCreateRequire(import.meta.url);',
  },
  define: { WPS_REPORT_BUNDLE_HASH: JSON.stringify(PLACEHOLDER) },
  logLevel: "warning",
});

const files = readdirSync(outdir)
  .filter((name) => name.endsWith(".js"))
  .sort();
const hash = createHash("sha256");
for (const name of files) {
  hash.update(`${name}\0`);
  hash.update(readFileSync(path.join(outdir, name)));
}
const digest = hash.digest("hex");
let stamped = 0;
for (const name of files) {
  const file = path.join(outdir, name);
  const text = readFileSync(file, "utf8");
  if (!text.includes(PLACEHOLDER)) continue;
  writeFileSync(file, text.replaceAll(PLACEHOLDER, digest));
  stamped++;
}
if (stamped === 0) {
  console.error("bundle: no bundled file carries the cache fingerprint");
  process.exit(1);
}
