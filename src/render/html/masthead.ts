import type { ReportMeta } from "../../model.js";
import { formatUnDate } from "../../shared/dates.js";
import { asteriskNotes, markedHeadings } from "../asterisk-notes.js";
import { escapeHtml } from "./escape.js";
import { imageSource } from "./inlines.js";

/** An asterisk note's mark after the symbol or title, linked to the note. */
function markLink(mark: string, on: "symbol" | "title"): string {
  if (mark === "") return "";
  return `<sup class="fnref"><a href="#note-${on}" id="noteref-${on}">${escapeHtml(mark)}</a></sup>`;
}

/**
 * The masthead, title and subtitle as the DOCX prints them: with an emblem,
 * it stands left of the organ's name, under "United Nations".
 */
export function renderMasthead(meta: ReportMeta): string[] {
  const marks = markedHeadings(meta);
  const emblem = meta.emblem;
  return [
    `<header class="masthead${emblem === undefined ? "" : " with-emblem"}">`,
    '<div class="un">United Nations</div>',
    `<div class="symbol">${escapeHtml(marks.symbol)}${markLink(marks.symbolMark, "symbol")}</div>`,
    ...(emblem === undefined
      ? []
      : [
          `<div class="emblem"><img src="${imageSource(emblem)}" alt="United Nations emblem"></div>`,
        ]),
    `<div class="organ">${escapeHtml(meta.organ)}</div>`,
    '<div class="distribution">',
    `<p>Distr.: ${escapeHtml(meta.distribution)}</p>`,
    `<p class="date">${escapeHtml(formatUnDate(meta.date))}</p>`,
    `<p class="original">Original: ${escapeHtml(meta.originalLanguage)}</p>`,
    "</div>",
    "</header>",
    `<h1 class="title">${escapeHtml(meta.title)}${markLink(marks.titleMark, "title")}</h1>`,
    `<p class="subtitle">${escapeHtml(meta.subtitle)}</p>`,
  ];
}

/** The asterisk notes, before the numbered ones: `*` where a number would be. */
export function renderAsteriskNotes(meta: ReportMeta): string[] {
  return asteriskNotes(meta).map(
    (note) =>
      `<li id="note-${note.on}" class="asterisk"><a class="backref" href="#noteref-${note.on}" aria-label="back to the ${note.on}">${escapeHtml(note.mark)}</a><p>${escapeHtml(note.text)}</p></li>`,
  );
}
