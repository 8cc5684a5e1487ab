// Synthetic editions for the benchmark: N entities × 8 sections × K
// paragraphs of about 70 words, a footnote every third paragraph, with a
// report.yaml and an outline file of their own. Deterministic (seeded), so
// two runs benchmark the same bytes. Also writes the same text as one
// Markdown file for pandoc.

import { Buffer } from "node:buffer";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The three sizes of the issue. `x10` is 10× `x100`'s entities with the same files, so x10 → x100 is exactly ×10 input. */
export const SIZES = {
  sample: { entities: 26, paragraphs: 1 },
  x10: { entities: 100, paragraphs: 3 },
  x100: { entities: 1000, paragraphs: 3 },
};

export const YEAR = 2004;
const WORDS_PER_PARAGRAPH = 70;

/** Eight sections in two chapters, plus an introduction whose boilerplate cites the generated contributors footnote. */
export const OUTLINE_SECTIONS = [
  {
    chapter: "implementation",
    id: "conflict-prevention",
    title: "Conflict prevention",
  },
  {
    chapter: "implementation",
    id: "peace-negotiations",
    title: "Peace negotiations",
  },
  {
    chapter: "implementation",
    id: "peacekeeping-operations",
    title: "Peacekeeping operations",
  },
  {
    chapter: "implementation",
    id: "humanitarian-assistance",
    title: "Humanitarian assistance",
  },
  {
    chapter: "implementation",
    id: "post-conflict-reconstruction",
    title: "Post-conflict reconstruction",
  },
  {
    chapter: "implementation",
    id: "ddr",
    title: "Disarmament, demobilization and reintegration",
  },
  { chapter: "conclusions", id: "observations", title: "Observations" },
  { chapter: "conclusions", id: "recommendations", title: "Recommendations" },
];

// Lower-case words in UN spelling, so the text passes the editorial rules
// (no acronyms, no "%", no US spellings) and validates with no findings.
const VOCABULARY = (
  "women peace security resolution implementation participation protection " +
  "prevention conflict programme organization negotiations reconstruction " +
  "humanitarian assistance peacekeeping operations training gender equality " +
  "national authorities partners communities girls displaced persons camps " +
  "support violence survivors justice reform elections parliament ministries " +
  "civil society networks mediation agreements mission police military " +
  "personnel commitments reporting monitoring indicators resources funding " +
  "capacity institutions leadership recovery livelihoods education health " +
  "services refugees returnees demobilization reintegration disarmament " +
  "combatants families legislation strategy coordination country offices " +
  "regional workshops guidelines policies labour centres strengthened " +
  "provided developed increased established supported improved ensured " +
  "promoted included addressed among within through across during between"
).split(" ");

/** mulberry32: a tiny seeded generator, so editions are the same on every run. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next, words) {
  const picked = [];
  for (let i = 0; i < words; i++)
    picked.push(VOCABULARY[Math.floor(next() * VOCABULARY.length)]);
  const text = picked.join(" ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** About 70 words in five sentences of 14. */
function paragraphText(next) {
  const sentences = [];
  for (let i = 0; i < WORDS_PER_PARAGRAPH / 14; i++)
    sentences.push(sentence(next, 14));
  return sentences.join(" ");
}

export function entityCode(index) {
  return `ENT-${String(index + 1).padStart(4, "0")}`;
}

function outlineYaml() {
  const section = (s) => `      - { id: ${s.id}, title: "${s.title}" }`;
  return [
    "name: bench",
    "chapters:",
    "  - id: introduction",
    "    title: Introduction",
    "    text: |",
    "      The present report is submitted pursuant to resolution 1325 (2000).",
    "",
    "      The report is based on contributions from entities of the United Nations system.[^contributors]",
    "  - id: implementation",
    "    title: Implementation of resolution 1325 (2000)",
    "    sections:",
    ...OUTLINE_SECTIONS.filter((s) => s.chapter === "implementation").map(
      section,
    ),
    "  - id: conclusions",
    "    title: Conclusions and recommendations",
    "    style: recommendations",
    "    sections:",
    ...OUTLINE_SECTIONS.filter((s) => s.chapter === "conclusions").map(section),
    "",
  ].join("\n");
}

function reportYaml(entities) {
  const lines = [
    `year: ${YEAR}`,
    "template: outline.yaml",
    `symbol: S/${YEAR}/814`,
    "title: Women and peace and security",
    `date: ${YEAR}-10-13`,
    `deadline: ${YEAR}-07-31`,
    "word_limit: 100000000",
    "contribution_word_limit: 100000",
    "entities:",
  ];
  for (let i = 0; i < entities; i++)
    lines.push(
      `  - { code: ${entityCode(i)}, name: Synthetic entity number ${i + 1}, kind: member }`,
    );
  return `${lines.join("\n")}\n`;
}

/** One contribution's Markdown, and its sections' paragraphs for the pandoc file. */
function contribution(index, paragraphs) {
  const next = random(index + 1);
  const code = entityCode(index);
  const lines = ["---", `entity: ${code}`, `year: ${YEAR}`, "---", ""];
  const notes = [];
  const sections = [];
  let counter = 0;
  for (const section of OUTLINE_SECTIONS) {
    lines.push(`## ${section.title}`, "");
    const texts = [];
    for (let k = 0; k < paragraphs; k++) {
      counter++;
      let text = paragraphText(next);
      let note;
      if (counter % 3 === 0) {
        const label = String(notes.length + 1);
        note = `See ${sentence(next, 8)}`;
        notes.push(`[^${label}]: ${note}`);
        text += `[^${label}]`;
      }
      lines.push(text, "");
      texts.push({ text, note });
    }
    sections.push(texts);
  }
  lines.push(...notes, "");
  return { file: `${code.toLowerCase()}.md`, text: lines.join("\n"), sections };
}

/**
 * Write an edition under `root` (root/contributions/<YEAR>/...) and the same
 * text as one Markdown file (`root/pandoc.md`) for pandoc. Returns counts.
 */
export function generateEdition(root, { entities, paragraphs }) {
  const dir = `contributions/${YEAR}`;
  const folder = path.join(root, dir);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "report.yaml"), reportYaml(entities));
  writeFileSync(path.join(folder, "outline.yaml"), outlineYaml());

  let bytes = 0;
  let words = 0;
  const bySection = OUTLINE_SECTIONS.map(() => []);
  for (let i = 0; i < entities; i++) {
    const c = contribution(i, paragraphs);
    writeFileSync(path.join(folder, c.file), c.text);
    bytes += Buffer.byteLength(c.text);
    words += c.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    c.sections.forEach((texts, s) => bySection[s].push({ index: i, texts }));
  }
  const pandocFile = path.join(root, "pandoc.md");
  writeFileSync(pandocFile, pandocMarkdown(bySection));
  return { root, dir, files: entities, bytes, words, pandocFile };
}

/** The same report as one Markdown file: headings for chapters and sections, each file's footnote labels made unique. */
function pandocMarkdown(bySection) {
  const out = [
    "# Introduction",
    "",
    "The present report is submitted pursuant to resolution 1325 (2000).",
    "",
  ];
  let chapter = "";
  OUTLINE_SECTIONS.forEach((section, s) => {
    if (section.chapter !== chapter) {
      chapter = section.chapter;
      out.push(
        chapter === "implementation"
          ? "# Implementation of resolution 1325 (2000)"
          : "# Conclusions and recommendations",
        "",
      );
    }
    out.push(`## ${section.title}`, "");
    for (const { index, texts } of bySection[s]) {
      for (const { text, note } of texts) {
        if (note === undefined) out.push(text, "");
        else {
          const label = `e${index}n${out.length}`;
          out.push(text.replace(/\[\^\d+\]$/, `[^${label}]`), "");
          out.push(`[^${label}]: ${note}`, "");
        }
      }
    }
  });
  return out.join("\n");
}
