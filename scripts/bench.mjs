// `npm run bench`: generate synthetic editions at three sizes and time
// wps-report on them as whole processes, beside pandoc converting the same
// text. Prints a table and writes bench-results/bench.json. Options:
//   --sizes sample,x10,x100   which sizes (default: all three)
//   --runs N                  runs per measurement for every size (default 5 / 3 / 3)
//   --keep                    keep the generated editions (printed paths)
//   --keep-env                measure with NODE_EXTRA_CA_CERTS and NODE_OPTIONS as set
//
// Besides validate and build (cold: no cache; warm: after one changed
// file), each size times `textconv` and `review` on the draft the round's
// build wrote, and `diff` between two committed revisions of the edition
// (two builds from git, no cache).
//
// By default the measured commands run without NODE_EXTRA_CA_CERTS and
// NODE_OPTIONS: the first makes every Node process read and parse a
// certificate bundle before it starts (40 ms on the machine this was
// written on, a tenth of pandoc's time at the sample size), the second can
// add anything. wps-report makes no network connections; pandoc is not
// affected by either. The table says when they were removed.

import { spawnSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import {
  entityCode,
  generateEdition,
  SIZES,
} from "./bench/generate-edition.mjs";
import { hasGnuTime, measure, median } from "./bench/measure.mjs";
import { measureLinearity } from "./bench/linearity.mjs";
import { checkTargets, formatResults } from "./bench/targets.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(repo, "bin", "wps-report.js");
const node = process.execPath;
const DEFAULT_RUNS = { sample: 5, x10: 3, x100: 3 };
const STARTUP_RUNS = 10;

const USAGE = `usage: node scripts/bench.mjs [options]
  --sizes sample,x10,x100   which sizes (default: all three)
  --runs N                  runs per measurement for every size (default 5 / 3 / 3)
  --keep                    keep the generated editions (printed paths)
  --keep-env                measure with NODE_EXTRA_CA_CERTS and NODE_OPTIONS as set
  --help                    print this and exit`;

// parseArgs throws on an unknown option; say what is wrong in one line.
const { values } = (() => {
  try {
    return parseArgs({
      options: {
        sizes: { type: "string", default: "sample,x10,x100" },
        runs: { type: "string" },
        keep: { type: "boolean", default: false },
        "keep-env": { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    console.error(`bench: ${error.message} (see --help)`);
    process.exit(2);
  }
})();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const sizes = values.sizes.split(",").filter((s) => s in SIZES);
if (!existsSync(path.join(repo, "dist", "bundle", "wps-report.js"))) {
  console.error(
    "bench: dist/ is missing; run `npm run bench` (it builds first).",
  );
  process.exit(2);
}
const pandocVersion = (() => {
  const run = spawnSync("pandoc", ["--version"], { encoding: "utf8" });
  return run.status === 0 ? run.stdout.split("\n")[0] : null;
})();

const log = (text) => process.stderr.write(`${text}\n`);
const NODE_START_VARIABLES = ["NODE_EXTRA_CA_CERTS", "NODE_OPTIONS"];
const removedVariables = values["keep-env"]
  ? []
  : NODE_START_VARIABLES.filter((name) => process.env[name] !== undefined);
const measuredEnv = Object.fromEntries(
  removedVariables.map((name) => [name, undefined]),
);
const version = JSON.parse(
  readFileSync(path.join(repo, "package.json"), "utf8"),
).version;
const results = {
  version,
  node: process.versions.node,
  cpus: cpus().length,
  loadAverage: loadavg(),
  date: new Date().toISOString(),
  pandoc: pandocVersion,
  removedVariables,
  memoryFrom: hasGnuTime
    ? "GNU time (%M)"
    : "process.resourceUsage().maxRSS (wps-report only)",
  sizes: {},
};

/** Measure each scenario `runs` times, interleaved, so a busy moment of the machine falls on all of them alike. */
async function measureScenarios(scenarios, runs) {
  const samples = Object.fromEntries(
    Object.keys(scenarios).map((name) => [name, []]),
  );
  for (let run = 0; run < runs; run++) {
    for (const [name, scenario] of Object.entries(scenarios)) {
      await scenario.before?.(run);
      const sample = await measure(scenario.command, scenario.args, {
        cwd: scenario.cwd,
        env: measuredEnv,
      });
      if (sample.code !== 0) {
        log(`bench: ${name} exited with ${sample.code}:\n${sample.stderr}`);
        process.exit(1);
      }
      samples[name].push(sample);
      log(`  ${name} #${run + 1}: ${(sample.wallMs / 1000).toFixed(3)} s`);
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, list]) => [
      name,
      {
        runs: list.length,
        wallMs: median(list.map((s) => s.wallMs)),
        cpuMs: median(list.map((s) => s.cpuMs)),
        rssMiB: Math.max(...list.map((s) => s.rssMiB ?? 0)) || null,
        samplesMs: list.map((s) => Math.round(s.wallMs)),
      },
    ]),
  );
}

function contributionFile(edition, index) {
  return path.join(
    edition.root,
    edition.dir,
    `${entityCode(index % edition.files).toLowerCase()}.md`,
  );
}

/** Add `sentence` to the first paragraph of a contribution file. */
function reviseParagraph(file, sentence) {
  const lines = readFileSync(file, "utf8").split("\n");
  const paragraph = lines.findIndex(
    (line, i) => i > 0 && lines[i - 2]?.startsWith("## "),
  );
  lines[paragraph] = `${lines[paragraph]} ${sentence}`;
  writeFileSync(file, lines.join("\n"));
}

/** Change one contribution (a different one each run) so a warm build has exactly one file to parse again. */
function touchContribution(edition, run) {
  reviseParagraph(contributionFile(edition, run), `Revised in run ${run + 1}.`);
}

/** Commit the edition, change one paragraph and commit again: `diff HEAD~1 HEAD` compares two revisions. */
function commitTwoRevisions(edition) {
  const git = (...args) => {
    const run = spawnSync("git", args, {
      cwd: edition.root,
      encoding: "utf8",
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: "bench",
        GIT_AUTHOR_EMAIL: "bench@example.org",
        GIT_COMMITTER_NAME: "bench",
        GIT_COMMITTER_EMAIL: "bench@example.org",
      },
    });
    if (run.status !== 0) {
      log(`bench: git ${args.join(" ")} failed:\n${run.stderr}`);
      process.exit(1);
    }
  };
  git("init", "-q");
  git("add", edition.dir);
  git("commit", "-q", "-m", "first revision");
  reviseParagraph(
    contributionFile(edition, edition.files - 1),
    "Revised in the second revision.",
  );
  git("commit", "-q", "-a", "-m", "second revision");
}

// A folder of its own: benches started at once on a shared machine must not regenerate each other's editions.
const scratch = mkdtempSync(path.join(tmpdir(), "wps-report-bench-"));
measuredEnv.WPS_REPORT_CACHE_DIR = path.join(scratch, "cache");
for (const size of sizes) {
  log(`${size}: generating ${SIZES[size].entities} contributions...`);
  const edition = generateEdition(path.join(scratch, size), SIZES[size]);
  commitTwoRevisions(edition);
  const cwd = edition.root;
  // The cache lives outside the project (WPS_REPORT_CACHE_DIR, set below).
  const cacheFolder = path.join(scratch, "cache");
  const cold = () => rmSync(cacheFolder, { recursive: true, force: true });
  const ours = (args, before) => ({
    command: node,
    args: [bin, ...args],
    cwd,
    before,
  });
  const scenarios = {
    validate: ours(["validate"], cold),
    "build-txt": ours(["build", "--format", "txt", "--out", "draft.txt"], cold),
    build: ours(["build", "--out", "draft.docx"], cold),
    // The draft the build above wrote, as git's textconv and a reviewer's return would read it.
    textconv: ours(["textconv", "draft.docx"]),
    review: ours(["review", "draft.docx"]),
    diff: ours(["diff", "HEAD~1", "HEAD"]),
    // In each round the cold build just filled the cache that the warm runs start from.
    "validate-warm": ours(["validate"], (run) =>
      touchContribution(edition, run),
    ),
    "build-warm": ours(["build", "--out", "draft.docx"], (run) =>
      touchContribution(edition, run),
    ),
  };
  if (pandocVersion !== null)
    scenarios.pandoc = {
      command: "pandoc",
      args: ["-f", "markdown", "-t", "docx", "-o", "pandoc.docx", "pandoc.md"],
      cwd,
    };
  const runs = Number(values.runs ?? DEFAULT_RUNS[size]);
  results.sizes[size] = {
    files: edition.files,
    words: edition.words,
    bytes: edition.bytes,
    scenarios: await measureScenarios(scenarios, runs),
  };
  if (values.keep) log(`  kept in ${cwd}`);
  else rmSync(edition.root, { recursive: true, force: true });
}

if (!values.keep) rmSync(scratch, { recursive: true, force: true });

log("start-up...");
results.startup = await measureScenarios(
  {
    "node -e 0": { command: node, args: ["-e", "0"], cwd: repo },
    "--help": { command: node, args: [bin, "--help"], cwd: repo },
    "--version": { command: node, args: [bin, "--version"], cwd: repo },
  },
  STARTUP_RUNS,
);
log("parsing 1 and 64 copies of each sample contribution...");
results.linearity = await measureLinearity(repo);
results.targets = checkTargets(results);

const outFolder = path.join(repo, "bench-results");
mkdirSync(outFolder, { recursive: true });
writeFileSync(
  path.join(outFolder, "bench.json"),
  `${JSON.stringify(results, null, 2)}\n`,
);
console.log(formatResults(results));
console.log("\nwrote bench-results/bench.json");
