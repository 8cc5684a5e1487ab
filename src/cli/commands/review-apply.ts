import { append } from "../../shared/append.js";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { CliIO } from "../io.js";
import { writeFileAtomic } from "../../fs/write-file.js";
import { git } from "../../git/revision.js";
import { runGit } from "../../git/run-git.js";
import { gitBlobId } from "../../git/blob-id.js";
import {
  applyOperations,
  planOperations,
  type NotApplied,
} from "../../review/apply.js";
import type { ReviewedDraft } from "../../review/draft.js";
import {
  listReview,
  placeParagraphs,
  type EditionFiles,
  type ReviewComment,
} from "../../review/listing.js";
import { SourceText } from "../../review/locate.js";

/** A contribution whose reviewed wording cannot be merged with what git has now. */
export interface Conflict {
  file: string;
  why: string;
  /** The wording in the file now, and as reviewed, for each clash. */
  clashes: { now: string; reviewed: string }[];
}

interface FileText {
  text: string;
  bom: boolean;
  crlf: boolean;
}

function decode(bytes: Uint8Array): FileText {
  let text = new TextDecoder("utf-8").decode(bytes);
  const bom = text.startsWith("\uFEFF");
  if (bom) text = text.slice(1);
  const crlf = text.includes("\r\n");
  return { text: text.replace(/\r\n?/g, "\n"), bom, crlf };
}

function encode(text: string, like: FileText): string {
  return `${like.bom ? "\uFEFF" : ""}${like.crlf ? text.replace(/\n/g, "\r\n") : text}`;
}

/** The file as the draft was built from it, from git's objects; undefined when git does not have it. */
async function blobText(
  root: string,
  blob: string,
): Promise<string | undefined> {
  try {
    const shown = await runGit(["cat-file", "blob", blob], { cwd: root });
    return shown.code === 0
      ? decode(new TextEncoder().encode(shown.stdout)).text
      : undefined;
  } catch {
    return undefined;
  }
}

/** `git merge-file`: the reviewed edit and the newer commit both survive, or the clashes. */
async function mergeThreeWay(
  root: string,
  now: string,
  base: string,
  reviewed: string,
): Promise<{ text: string } | { clashes: Conflict["clashes"] }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "wps-review-"));
  try {
    const names = ["now", "base", "reviewed"].map((n) => path.join(folder, n));
    await Promise.all(
      [now, base, reviewed].map((text, i) => writeFile(names[i], text)),
    );
    // git turns "not installed" into a message for users (exit 2).
    const merged = await git(
      [
        "merge-file",
        "-p",
        "-L",
        "now",
        "-L",
        "draft",
        "-L",
        "reviewed",
        ...names,
      ],
      root,
    );
    if (merged.code === 0) return { text: merged.stdout };
    const clashes: Conflict["clashes"] = [];
    const pattern = /^<{7} now\n([\s\S]*?)^={7}\n([\s\S]*?)^>{7} reviewed\n/gm;
    for (const match of merged.stdout.matchAll(pattern))
      clashes.push({ now: match[1].trim(), reviewed: match[2].trim() });
    if (clashes.length === 0)
      clashes.push({
        now: "(git merge-file failed)",
        reviewed: merged.stderr.trim(),
      });
    return { clashes };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

export interface ApplyInput {
  root: string;
  draft: ReviewedDraft;
  files: EditionFiles;
  display: (file: string) => string;
  io: CliIO;
  json: boolean;
}

/** `review --apply`: write the accepted wording into the contributions, all files or none. */
export async function applyReview(input: ApplyInput): Promise<number> {
  const { root, draft, files, io } = input;
  const placed = placeParagraphs(draft, files);
  const { operations, notApplied } = planOperations(draft.map, placed);
  const conflicts: Conflict[] = [];
  const writes: { file: string; before: string; after: string }[] = [];
  let applied = 0;
  for (const [file, ops] of operations) {
    const absolute = path.join(root, file);
    let raw: Uint8Array;
    try {
      raw = new Uint8Array(await readFile(absolute));
    } catch {
      conflicts.push({
        file,
        why: "the file is gone from the edition",
        clashes: [],
      });
      continue;
    }
    const now = decode(raw);
    const recorded = draft.map.files.find((f) => f.path === file)?.blob;
    let base = now.text;
    if (recorded !== undefined && gitBlobId(now.text) !== recorded) {
      const then = await blobText(root, recorded);
      if (then === undefined) {
        conflicts.push({
          file,
          why: "it changed since the draft was built, and git does not have the version the draft was built from (commit contributions before building drafts to send out)",
          clashes: [],
        });
        continue;
      }
      base = then;
    }
    const source = SourceText.parse(base, file);
    if (source === undefined) {
      conflicts.push({
        file,
        why: "the version the draft was built from cannot be read as a contribution",
        clashes: [],
      });
      continue;
    }
    const result = applyOperations(source, ops);
    append(notApplied, result.notApplied);
    if (result.applied === 0) continue;
    applied += result.applied;
    let merged = result.text;
    if (base !== now.text) {
      const three = await mergeThreeWay(root, now.text, base, result.text);
      if ("clashes" in three) {
        conflicts.push({
          file,
          why: "it changed in git since the draft was built, and the reviewed wording clashes with that change",
          clashes: three.clashes,
        });
        continue;
      }
      merged = three.text;
    }
    if (merged !== now.text)
      writes.push({
        file,
        before: encode(now.text, now),
        after: encode(merged, now),
      });
  }
  const open = listReview(draft, files)
    .groups.flatMap((g) => g.comments)
    .filter((c) => !c.done);
  if (conflicts.length > 0) {
    report(io, input, { applied: 0, written: [], notApplied, conflicts, open });
    return 1;
  }
  const written: string[] = [];
  try {
    for (const write of writes) {
      // Never through a symbolic link a pull request put in the project.
      await writeFileAtomic(path.join(root, write.file), write.after, {
        noLinksBelow: root,
      });
      written.push(write.file);
    }
  } catch (error) {
    // All or none: put back what was already written.
    for (const file of written) {
      const before = writes.find((w) => w.file === file)?.before;
      if (before !== undefined)
        await writeFileAtomic(path.join(root, file), before).catch(
          () => undefined,
        );
    }
    throw error;
  }
  report(io, input, { applied, written, notApplied, conflicts, open });
  return 0;
}

interface Outcome {
  applied: number;
  written: string[];
  notApplied: NotApplied[];
  conflicts: Conflict[];
  open: ReviewComment[];
}

function report(io: CliIO, input: ApplyInput, outcome: Outcome): void {
  const { display } = input;
  if (input.json) {
    io.stdout.write(
      `${JSON.stringify(
        {
          applied: outcome.applied,
          written: outcome.written.map(display),
          notApplied: outcome.notApplied.map((n) => ({
            ...n,
            place: { ...n.place, file: display(n.place.file) },
          })),
          conflicts: outcome.conflicts.map((c) => ({
            ...c,
            file: display(c.file),
          })),
          openComments: outcome.open.map((c) => ({
            ...c,
            place: { ...c.place, file: display(c.place.file) },
          })),
        },
        null,
        2,
      )}\n`,
    );
    return;
  }
  const out: string[] = [];
  if (outcome.conflicts.length > 0) {
    out.push(
      "Nothing was written: the reviewed wording cannot be merged with the contributions as they are now.",
    );
    for (const conflict of outcome.conflicts) {
      out.push(`  ${display(conflict.file)}: ${conflict.why}`);
      for (const clash of conflict.clashes) {
        out.push(`    now:      "${clash.now.replace(/\s+/g, " ")}"`);
        out.push(`    reviewed: "${clash.reviewed.replace(/\s+/g, " ")}"`);
      }
    }
    out.push(
      "Settle the wording in the file by hand (or revert the newer commit), then run `wps-report review --apply` again.",
    );
  } else {
    out.push(
      outcome.written.length === 0
        ? "No contribution needed a change."
        : `Applied ${outcome.applied} change${outcome.applied === 1 ? "" : "s"} to ${outcome.written.map(display).join(", ")}.`,
    );
  }
  if (outcome.notApplied.length > 0) {
    out.push(`Not applied (${outcome.notApplied.length}):`);
    for (const n of outcome.notApplied)
      out.push(
        `  ${n.where} (${display(n.place.file)}:${n.place.line})${n.author === "" ? "" : `, ${n.author}`}: ${n.what} — ${n.why}`,
      );
  }
  if (outcome.open.length > 0) {
    out.push(`Open comments (${outcome.open.length}), never applied:`);
    for (const c of outcome.open)
      out.push(
        `  ${c.where} (${display(c.place.file)}:${c.place.line}), ${c.author}: "${c.text.replace(/\s+/g, " ")}"`,
      );
  }
  if (outcome.conflicts.length === 0 && outcome.written.length > 0)
    out.push(
      "Next: check the changes with `git diff`, commit them, and run `wps-report build`.",
    );
  io.stdout.write(`${out.join("\n")}\n`);
}
