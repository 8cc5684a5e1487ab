import { groupDigits } from "../shared/numbers.js";
import type { TextStyle } from "../diagnostics/format-text.js";

/** The style `status` prints with: format-text's, plus green for what is in order; as plain functions, so they can be passed around. */
export type StatusStyle = {
  [K in keyof TextStyle | "green"]: (text: string) => string;
};

/** A table cell: its text, and the colour to paint it after padding (so colour codes never upset the widths). */
export interface Cell {
  text: string;
  paint?: (text: string) => string;
}

/** Symbols for a terminal, and plain ASCII for pipes, files and CI logs (which may not be UTF-8). */
export interface Symbols {
  none: string;
  covered: string;
  uncovered: string;
  atMost: string;
  /** Marks text cut to fit the terminal. */
  cut: string;
}

export const unicodeSymbols: Symbols = {
  none: "—",
  covered: "✓",
  uncovered: "·",
  atMost: "≤",
  cut: "…",
};

export const asciiSymbols: Symbols = {
  none: "-",
  covered: "x",
  uncovered: ".",
  atMost: "<=",
  cut: "...",
};

/** Rows of cells -> lines, columns two spaces apart, the last column unpadded. */
export function layoutColumns(rows: readonly (readonly Cell[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, [...cell.text].length);
    });
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const last = i === row.length - 1;
        const padded = last
          ? cell.text
          : cell.text + " ".repeat((widths[i] ?? 0) - [...cell.text].length);
        return cell.paint === undefined ? padded : cell.paint(padded);
      })
      .join("  ")
      .trimEnd(),
  );
}

export function formatNumber(n: number): string {
  return groupDigits(n);
}
