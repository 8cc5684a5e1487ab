import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type * as fsPromises from "node:fs/promises";
import { describe, expect, it, vi } from "vitest";
import { runInProcess } from "../helpers/cli.js";
import { contribution, makeEdition, reportYaml } from "../helpers/edition.js";

/**
 * An editor that saves the file while `validate --fix` is writing its
 * fixed copy. The save is made at the worst moment there is: after the
 * fixed text is in its temporary file, just before it would be renamed
 * over the contribution. (No real process can be timed to hit that window
 * every run, so the save is made from inside the file system's write of
 * the temporary file.)
 */
const editor = vi.hoisted(() => ({
  target: undefined as string | undefined,
  save: undefined as string | undefined,
}));
vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      const file = String(args[0]);
      const { target, save } = editor;
      if (
        target === undefined ||
        save === undefined ||
        path.dirname(file) !== path.dirname(target) ||
        !path.basename(file).startsWith(`.${path.basename(target)}.`)
      )
        return handle;
      // The temporary file of the fix is being written: the editor saves now.
      const close = handle.close.bind(handle);
      handle.close = async () => {
        await close();
        await actual.writeFile(target, save);
        editor.save = undefined;
      };
      return handle;
    },
  };
});

describe("validate --fix and an editor saving at the same time", () => {
  it("keeps the editor's save and says the fix was not applied", async () => {
    const original = contribution(
      "UNICEF",
      "## Peacekeeping operations\n\nSome 25% of the program staff.\n",
    );
    const edition = makeEdition({
      "report.yaml": reportYaml(),
      "unicef.md": original,
    });
    const file = path.join(edition.editionPath, "unicef.md");
    const saved = contribution(
      "UNICEF",
      "## Peacekeeping operations\n\nSome 25% of the program staff, as the editor now says.\n",
    );
    editor.target = file;
    editor.save = saved;
    const run = await runInProcess(["validate", "--fix"], {
      cwd: edition.root,
    });
    expect(editor.save).toBeUndefined(); // the save did happen mid-fix
    expect(readFileSync(file, "utf8")).toBe(saved);
    expect(run.stdout).toContain(
      "contributions/2004/unicef.md: changed while the fixes were being written (saved in an editor?); your version is kept and no fix was applied",
    );
    expect(readdirSync(edition.editionPath).sort()).toEqual([
      "report.yaml",
      "unicef.md",
    ]);

    // With no editor in the way, the same run fixes the file.
    editor.target = undefined;
    writeFileSync(file, original);
    await runInProcess(["validate", "--fix"], { cwd: edition.root });
    expect(readFileSync(file, "utf8")).toContain(
      "Some 25 per cent of the programme staff.",
    );
  });
});
