import { layoutColumns, type Cell } from "./columns.js";
import type { RenderOptions } from "./render-table.js";
import type { EditionStatus } from "./types.js";

/**
 * Entity × section coverage: one row per roster entity, one column per
 * outline section (labelled I, II.A ... with a key below), and a count of
 * writers per section at the bottom, so empty sections stand out.
 */
export function renderStatusMatrix(
  status: EditionStatus,
  { style, symbols }: RenderOptions,
): string {
  const header: Cell[] = [
    { text: "Entity", paint: style.bold },
    ...status.targets.map((t) => ({ text: t.label, paint: style.bold })),
    { text: "" },
  ];
  const rows: Cell[][] = status.rows.map((row) => {
    const covered = new Set(row.sections.map((s) => s.id));
    return [
      { text: row.code },
      ...status.targets.map((t) =>
        covered.has(t.id)
          ? { text: symbols.covered, paint: style.green }
          : { text: symbols.uncovered, paint: style.dim },
      ),
      row.state === "missing"
        ? { text: "(missing)", paint: style.yellow }
        : { text: "" },
    ];
  });
  const counts: Cell[] = [
    { text: "Writers", paint: style.bold },
    ...status.targets.map((t) => {
      const n = status.rows.filter((r) =>
        r.sections.some((s) => s.id === t.id),
      ).length;
      return n === 0 ? { text: "0", paint: style.yellow } : { text: String(n) };
    }),
    { text: "" },
  ];
  const key = layoutColumns(
    status.targets.map((t) => [{ text: `  ${t.label}` }, { text: t.title }]),
  );
  return `${[
    `Coverage of ${status.dir} (${symbols.covered}: the entity writes to the section)`,
    "",
    ...layoutColumns([header, ...rows, counts]),
    "",
    ...key,
  ].join("\n")}\n`;
}
