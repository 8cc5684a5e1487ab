import { Command, Option } from "@commander-js/extra-typings";
import { createRequire } from "node:module";
import type { CliIO } from "./io.js";
import { outHelp, outputFormatNames } from "../render/formats.js";
import { chosenFormat, JSON_FLAG_HELP } from "./json-flag.js";

const { version } = createRequire(import.meta.url)("../../package.json") as {
  version: string;
};

/** Called with each command's exit code; main sets process.exitCode from it. */
export type ExitCodeSink = (code: number) => void;

/**
 * The commander wiring, and nothing else: every action lazily imports its
 * command module (so `--help` never loads docx or unified), passes the
 * parsed options plus the IO, and hands back the exit code.
 */
export function createProgram(io: CliIO, setExitCode: ExitCodeSink): Command {
  const program = new Command("wps-report")
    .description(
      "Validate, merge and build the Secretary-General's report on women and peace and security from contribution files.",
    )
    .version(version, "-v, --version", "print the version")
    .showHelpAfterError("(run with --help for usage)")
    .exitOverride()
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
    });

  const edition = () =>
    new Option(
      "--edition <dir>",
      "edition folder (default: the newest contributions/<year>/ from here upward)",
    );

  program
    .command("validate")
    .description("check the edition, or only the given contribution files")
    .argument("[files...]", "contribution files to report on (default: all)")
    .addOption(edition())
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["text", "json", "github"] as const)
        .default("text"),
    )
    .option("--json", JSON_FLAG_HELP)
    .option("--strict", "fail on warnings too")
    .option(
      "--fix",
      "rewrite the spans whose fix is certain (per cent, dates, spelling, resolution years) in the contribution files",
    )
    .option(
      "--fix-dry-run",
      "show the changes --fix would make, and write nothing",
    )
    .action(async (files, options) => {
      const { validateCommand } = await import("./commands/validate.js");
      setExitCode(
        await validateCommand(
          {
            files,
            ...options,
            format: chosenFormat(options),
          },
          io,
        ),
      );
    });

  program
    .command("build")
    .description("validate, merge and write the draft")
    .addOption(edition())
    .option("--out <file>", outHelp())
    .addOption(
      new Option(
        "--format <format>",
        "output format (default: from --out's extension, else docx)",
      ).choices(outputFormatNames),
    )
    .option(
      "--annotate",
      "add a Word comment naming the entity and source line of every paragraph",
    )
    .option("--manuscript", "the DGACM submission form: 12 pt, double-spaced")
    .option("--strict", "refuse to build on warnings too")
    .option(
      "--skip-invalid",
      "write the draft without the contributions that have errors, and name them (exit 1: the draft is incomplete)",
    )
    .option(
      "--json",
      "print the build summary as JSON (the diagnostics, when it does not build)",
    )
    .addHelpText(
      "after",
      "\nExit status: 0 draft written; 1 problems found: no draft, or with --skip-invalid a draft written without the files named; 2 usage or configuration error.\n",
    )
    .action(async (options) => {
      const { buildCommand } = await import("./commands/build.js");
      setExitCode(await buildCommand(options, io));
    });

  program
    .command("status")
    .description(
      "one row per expected entity: file, sections, words, state, last change",
    )
    .addOption(edition())
    .option("--matrix", "show entity × section coverage")
    .option("--json", "machine-readable output")
    .option("--strict", "exit 1 when any entity is missing, invalid or late")
    .option(
      "--remind",
      "who to chase (missing or invalid), with focal points from report.yaml and a message to paste into an e-mail",
    )
    .action(async (options) => {
      const { statusCommand } = await import("./commands/status.js");
      setExitCode(await statusCommand(options, io));
    });

  program
    .command("new")
    .description("create a contribution file (asks questions in a terminal)")
    .addOption(edition())
    .option("--entity <code>", "entity code from report.yaml")
    .option(
      "--section <section...>",
      "outline section id or title (repeatable)",
    )
    .option("--focal-point-name <name>", "focal point's name")
    .option("--focal-point-email <email>", "focal point's e-mail")
    .option("--yes", "do not ask; use the flags given")
    .option("--json", "print the created file's path as JSON")
    .action(async (options) => {
      const { newCommand } = await import("./commands/new.js");
      setExitCode(await newCommand(options, io));
    });

  program
    .command("init")
    .description(
      "start a new edition from the previous one's roster, with git and CI wiring",
    )
    .argument("<year>", "the year of the new edition")
    .addOption(edition().argParser((value: string) => value))
    .option("--json", "print what was written as JSON")
    .option("--force", "start a year older than the newest edition")
    .action(async (year, options) => {
      const { initCommand } = await import("./commands/init.js");
      setExitCode(await initCommand({ year, ...options }, io));
    });

  program
    .command("textconv")
    .description(
      "print a DOCX as canonical text (numbered paragraphs, headings, footnotes) for git diff",
    )
    .argument("<file>", "a .docx file")
    .option(
      "--git-driver",
      "run by git (the textconv setting passes it): print a one-line placeholder and exit 0 for a file that cannot be read",
    )
    .addOption(edition())
    .action(async (file, options) => {
      const { textconvCommand } = await import("./commands/textconv.js");
      setExitCode(await textconvCommand({ file, ...options }, io));
    });

  program
    .command("diff")
    .description(
      "what changed between two revisions, paragraph by paragraph (default: HEAD and the working tree)",
    )
    .argument(
      "[from]",
      "git revision of the older draft, or a range: A..B (A to B), A...B (from where B branched off A, as a pull request shows it)",
      "HEAD",
    )
    .argument(
      "[to]",
      "git revision of the newer draft (default: the working tree)",
    )
    .addOption(edition())
    .option("--docx <file>", "also write a Word redline with tracked changes")
    .addOption(
      new Option(
        "--format <format>",
        "text, json, markdown (for a pull request comment or job summary) or html (a page)",
      )
        .choices(["text", "json", "markdown", "html"] as const)
        .default("text"),
    )
    .option("--json", JSON_FLAG_HELP)
    .option("--entity <code>", "only the changes to this entity's text")
    .option("--stat", "only the number of changed paragraphs per entity")
    .addHelpText(
      "after",
      "\nA revision can be a circulated draft's label (\"Draft 2\") or tag.\nExit status: 0 whether or not the drafts differ (diff reports, it does not judge); 1 when a revision's contributions have errors (it is compared without them, and they are named); 2 for an unknown revision or entity, history missing from a shallow clone, or a configuration error.\n",
    )
    .action(async (from, to, options) => {
      const { diffCommand } = await import("./commands/diff.js");
      setExitCode(
        await diffCommand(
          {
            from,
            ...(to === undefined ? {} : { to }),
            ...options,
            format: chosenFormat(options),
          },
          io,
        ),
      );
    });

  program
    .command("circulate")
    .description(
      "build the draft, commit it under drafts/<year>/ and tag it draft/<year>/<label>, so diff and status can name it",
    )
    .argument(
      "<label>",
      'the name the draft is circulated under, e.g. "Draft 2"',
    )
    .addOption(edition())
    .option("--json", "print the tag, commit and file as JSON")
    .addHelpText(
      "after",
      "\nExit status: 0 when recorded; 1 when the contributions have errors; 2 when the contributions, report.yaml or the outline have uncommitted changes, the label was already circulated, or this is not a git repository.\n",
    )
    .action(async (label, options) => {
      const { circulateCommand } = await import("./commands/circulate.js");
      setExitCode(await circulateCommand({ label, ...options }, io));
    });

  program
    .command("review")
    .description(
      "list a reviewed draft's tracked changes and comments by contribution file and line; --apply writes the accepted wording back",
    )
    .argument(
      "<file>",
      "the reviewed .docx, as it came back from Word or LibreOffice",
    )
    .addOption(edition())
    .addOption(
      new Option("--format <format>", "output format")
        .choices(["text", "json", "github"] as const)
        .default("text"),
    )
    .option("--json", JSON_FLAG_HELP)
    .option(
      "--apply",
      "write the wording with all changes accepted into the contribution files (all or none)",
    )
    .addHelpText(
      "after",
      "\nExit status: 0 when listed (or applied); 1 when --apply finds a conflict with later commits (nothing is written); 2 when the file is not a reviewed wps-report draft of this edition, or for a configuration error.\n",
    )
    .action(async (file, options) => {
      const { reviewCommand } = await import("./commands/review.js");
      setExitCode(
        await reviewCommand(
          {
            file,
            ...options,
            format: chosenFormat(options),
          },
          io,
        ),
      );
    });

  program
    .command("schema")
    .description("print the JSON Schema of contributions and report.yaml")
    .argument(
      "[which]",
      "contribution, yaml-contribution, report or outline (default: all, under $defs)",
    )
    .addOption(edition())
    .action(async (which, options) => {
      const { schemaCommand } = await import("./commands/schema.js");
      setExitCode(
        await schemaCommand(
          { ...(which === undefined ? {} : { which }), ...options },
          io,
        ),
      );
    });

  return program;
}
