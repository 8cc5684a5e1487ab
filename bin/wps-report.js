#!/usr/bin/env node
// The CLI, bundled into dist/bundle/ (built on `npm install` by the prepare
// script; see scripts/bundle.mjs): one file loads far faster than the ~300
// modules of dist/cli/main.js and its dependencies. The commands that build
// a report run the CLI bundled as one CommonJS file, compiled with the V8
// code cache the build wrote beside it (Node 20 has no compile cache for ES
// modules). The others (--help, --version, textconv, schema, new, init)
// import the split ES module bundle: they compile a small part of it, less
// than reading the whole cache costs. The cache's name carries V8's tag for
// its version, flags and CPU features: under another Node or other V8
// flags (in NODE_OPTIONS, say) there is none, and every command takes the
// ES module bundle, never compiling the whole single file.
//
// This launcher is CommonJS (bin/package.json): started as an ES module it
// would set up Node's ES module loader first, ~5 ms that a build never
// needs.
"use strict";
const { existsSync, readFileSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const path = require("node:path");
const { cachedDataVersionTag } = require("node:v8");
const vm = require("node:vm");

// Global options and the commands that build no report.
const LIGHT = new Set([
  ...["-h", "--help", "help", "-v", "--version"],
  ...["textconv", "schema", "new", "init"],
]);
const args = process.argv.slice(2);
const light = args.length === 0 || LIGHT.has(args[0]);
const bundleDir = path.join(__dirname, "..", "dist", "bundle");
const bundle = path.join(bundleDir, "wps-report.cjs");
const codeCache = path.join(
  bundleDir,
  `wps-report.cjs.${cachedDataVersionTag()}.cache`,
);
// scripts/bundle.mjs sets it to write the cache (a run compiles what it uses).
const writing = process.env.WPS_REPORT_WRITE_CODE_CACHE === "1";

run().catch((error) => {
  // A fresh clone (or a git textconv run before installing): say what to do, not a stack trace.
  const missing =
    (error?.code === "ERR_MODULE_NOT_FOUND" || error?.code === "ENOENT") &&
    String(error.message).includes("dist/bundle");
  if (!missing) throw error;
  process.stderr.write(
    "wps-report: not built yet: run `npm ci` first in the repository (it installs the dependencies and builds dist/), then run this command again.\n",
  );
  process.exit(2);
});

async function run() {
  let cli;
  let writeCodeCache;
  if (light || !(writing || existsSync(codeCache)))
    cli = await import("../dist/bundle/wps-report.js");
  else ({ cli, writeCodeCache } = runCommonJs(bundle, codeCache));
  await cli.main();
  if (writing) writeCodeCache?.();
}

/** Compile and run a CommonJS bundle as Node would, with a code cache when there is one. */
function runCommonJs(file, cacheFile) {
  // ASCII only (scripts/bundle.mjs checks): Latin-1 reads it as UTF-8 would, without decoding.
  const source = readFileSync(file, "latin1");
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    // The first run of scripts/bundle.mjs's training writes it.
  }
  // V8 also checks the cache against the source, and ignores one that does not fit.
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { filename: file, ...(cachedData === undefined ? {} : { cachedData }) },
  );
  const module = { exports: {} };
  script.runInThisContext()(
    module.exports,
    createRequire(file),
    module,
    file,
    path.dirname(file),
  );
  return {
    cli: module.exports,
    writeCodeCache: () => writeFileSync(cacheFile, script.createCachedData()),
  };
}
