import { escapeData, escapeProperty } from "../diagnostics/format-github.js";
import type {
  ReviewChange,
  ReviewComment,
  ReviewListing,
  SourcePlace,
} from "./listing.js";

const VERB: Record<ReviewChange["kind"], string> = {
  insertion: "inserted",
  deletion: "deleted",
  replacement: "replaced",
  move: "moved",
  formatting: "changed the formatting of",
  "paragraph-inserted": "added a paragraph",
  "paragraph-deleted": "deleted the paragraph",
  "paragraphs-joined": "joined the paragraph with the next",
};

/** "2004-10-20" from Word's "2004-10-20T09:12:00Z"; nothing when absent. */
function day(date: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0] ?? "";
}

function by(author: string, date: string): string {
  const who = author === "" ? "someone" : author;
  const when = day(date);
  return when === "" ? who : `${who}, ${when}`;
}

function quoted(text: string): string {
  return `"${text.replace(/\s+/g, " ")}"`;
}

/** One line saying what changed, e.g. `replaced "girls" with "girls and young women"`. */
export function describeChange(change: ReviewChange): string {
  switch (change.kind) {
    case "insertion":
      return `inserted ${quoted(change.new)}${change.before === "" ? "" : ` after ${quoted(`…${change.before.slice(-20)}`)}`}`;
    case "deletion":
      return `deleted ${quoted(change.old)}`;
    case "replacement":
      return `replaced ${quoted(change.old)} with ${quoted(change.new)}`;
    case "move":
      return change.old === ""
        ? `moved text here: ${quoted(change.new)}`
        : `moved text away: ${quoted(change.old)}`;
    case "formatting":
      return `changed the formatting of ${quoted(change.old)}`;
    case "paragraph-inserted":
      return `added a paragraph: ${quoted(change.new)}`;
    case "paragraph-deleted":
      return `deleted the paragraph: ${quoted(change.old)}`;
    case "paragraphs-joined":
      return "joined the paragraph with the next";
  }
}

function placeText(
  place: SourcePlace,
  display: (file: string) => string,
): string {
  return `${display(place.file)}:${place.line}`;
}

export function formatReviewText(
  listing: ReviewListing,
  display: (file: string) => string,
): string {
  const out: string[] = [];
  const changes = listing.groups.reduce((n, g) => n + g.changes.length, 0);
  const comments = listing.groups.reduce((n, g) => n + g.comments.length, 0);
  out.push(
    `Review of ${listing.symbol} (${listing.year}): ${changes} tracked change${changes === 1 ? "" : "s"}, ${comments} comment${comments === 1 ? "" : "s"}`,
  );
  for (const group of listing.groups) {
    out.push("", group.name === "outline" ? "Outline" : group.name);
    for (const change of group.changes)
      out.push(
        `  ${change.where} (${placeText(change.place, display)}), ${by(change.author, change.date)}: ${describeChange(change)}`,
      );
    for (const comment of group.comments) {
      out.push(
        `  ${change0(comment)} ${comment.where} (${placeText(comment.place, display)}), ${by(comment.author, comment.date)}: ${quoted(comment.text)}`,
      );
      for (const reply of comment.replies)
        out.push(
          `    reply, ${by(reply.author, reply.date)}: ${quoted(reply.text)}`,
        );
    }
  }
  return `${out.join("\n")}\n`;
}

function change0(comment: ReviewComment): string {
  return comment.done ? "comment (resolved) on" : "comment on";
}

/** GitHub workflow commands: each change and comment as a notice on its source line. */
export function formatReviewGithub(
  listing: ReviewListing,
  display: (file: string) => string,
): string {
  const lines: string[] = [];
  const notice = (place: SourcePlace, title: string, text: string) =>
    lines.push(
      `::notice file=${escapeProperty(display(place.file))},line=${place.line},title=${escapeProperty(title)}::${escapeData(text)}`,
    );
  for (const group of listing.groups) {
    for (const change of group.changes)
      notice(
        change.place,
        `Review (${change.where}): ${VERB[change.kind]} by ${by(change.author, change.date)}`,
        describeChange(change),
      );
    for (const comment of group.comments)
      notice(
        comment.place,
        `Review comment (${comment.where}) by ${by(comment.author, comment.date)}`,
        [
          comment.text,
          ...comment.replies.map(
            (r) => `Reply by ${by(r.author, r.date)}: ${r.text}`,
          ),
        ].join("\n"),
      );
  }
  return lines.length === 0 ? "" : `${lines.join("\n")}\n`;
}

export function formatReviewJson(
  listing: ReviewListing,
  display: (file: string) => string,
): string {
  const place = (p: SourcePlace) => ({ ...p, file: display(p.file) });
  return `${JSON.stringify(
    {
      ...listing,
      groups: listing.groups.map((group) => ({
        ...group,
        changes: group.changes.map((c) => ({ ...c, place: place(c.place) })),
        comments: group.comments.map((c) => ({ ...c, place: place(c.place) })),
      })),
    },
    null,
    2,
  )}\n`;
}
