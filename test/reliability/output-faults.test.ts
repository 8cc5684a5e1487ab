import { spawn } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectFolderName } from "../../src/engine/cache-folder.js";
import { binPath, repoRoot, runBin } from "../helpers/cli.js";
import { hashTree } from "../helpers/tree-hash.js";

/**
 * The draft is what the task manager circulates: a failed or interrupted
 * build must leave the previous one as it was, say why it failed (exit 2),
 * and leave no debris behind once a build succeeds again.
 */

const DRAFT = "drafts/2004/S-2004-814.docx";
let root = "";

/** A copy of the sample edition in a temporary project. */
function sampleProject(): string {
  const folder = mkdtempSync(path.join(tmpdir(), "wps-faults-"));
  cpSync(
    path.join(repoRoot, "contributions", "2004"),
    path.join(folder, "contributions", "2004"),
    { recursive: true },
  );
  return folder;
}

function temporaries(folder: string): string[] {
  return existsSync(folder)
    ? readdirSync(folder).filter((name) => name.endsWith(".tmp"))
    : [];
}

beforeAll(() => {
  root = sampleProject();
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("write errors", () => {
  it("a full disk is exit 2 with the reason, not a half-written file", async () => {
    if (!existsSync("/dev/full")) {
      console.warn("skipped: /dev/full is not available on this system");
      return;
    }
    const run = await runBin(["build", "--out", "/dev/full"], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Cannot write /dev/full: the disk is full");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("an output path under a regular file is exit 2", async () => {
    writeFileSync(path.join(root, "notes"), "a file, not a folder\n");
    const run = await runBin(["build", "--out", "notes/draft.docx"], {
      cwd: root,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "Cannot write notes/draft.docx: a part of the path is a file, not a folder",
    );
  });

  it("a read-only folder is exit 2, and the draft already there is kept", async () => {
    const project = sampleProject();
    try {
      const folder = path.join(project, "drafts", "2004");
      mkdirSync(folder, { recursive: true });
      writeFileSync(path.join(folder, "S-2004-814.docx"), "previous draft");
      chmodSync(folder, 0o555);
      // root writes through permissions; build as an unprivileged user instead.
      const asRoot = process.getuid?.() === 0;
      if (asRoot) {
        chmodSync(project, 0o755);
        for (const dir of ["contributions", "contributions/2004", "drafts"])
          chmodSync(path.join(project, dir), 0o755);
      }
      const run = await new Promise<{ code: number | null; stderr: string }>(
        (resolve) => {
          const child = spawn(process.execPath, [binPath, "build"], {
            cwd: project,
            env: { ...process.env, NO_COLOR: "1", HOME: project },
            ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
          });
          let stderr = "";
          child.stderr.on(
            "data",
            (chunk: Buffer) => (stderr += chunk.toString()),
          );
          child.on("close", (code) => resolve({ code, stderr }));
        },
      );
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`Cannot write ${DRAFT}: permission denied`);
      expect(readFileSync(path.join(folder, "S-2004-814.docx"), "utf8")).toBe(
        "previous draft",
      );
      expect(temporaries(folder)).toEqual([]);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});

describe("two builds at once", () => {
  it("both succeed and the draft is one whole build, byte for byte", async () => {
    const contributions = hashTree(path.join(root, "contributions"));
    const [first, second] = await Promise.all([
      runBin(["build"], { cwd: root }),
      runBin(["build"], { cwd: root }),
    ]);
    expect([first.code, second.code]).toEqual([0, 0]);
    const together = readFileSync(path.join(root, DRAFT));
    const alone = await runBin(["build"], { cwd: root });
    expect(alone.code).toBe(0);
    expect(readFileSync(path.join(root, DRAFT)).equals(together)).toBe(true);
    expect(temporaries(path.join(root, "drafts", "2004"))).toEqual([]);
    expect(hashTree(path.join(root, "contributions"))).toBe(contributions);
  });
});

describe("killed builds (SIGKILL at random moments)", () => {
  const KILLS = 60;

  it(`after ${KILLS} kills the draft is always a whole earlier draft, and the next build cleans up`, async () => {
    const project = sampleProject();
    const unicef = path.join(project, "contributions", "2004", "unicef.md");
    const original = readFileSync(unicef, "utf8");
    const variants = [
      original,
      `${original}\nThe Fund also trained 40 women police officers.\n`,
    ];
    const drafts: Buffer[] = [];
    try {
      for (const text of variants) {
        writeFileSync(unicef, text);
        expect((await runBin(["build"], { cwd: project })).code).toBe(0);
        drafts.push(readFileSync(path.join(project, DRAFT)));
      }
      expect(drafts[0]?.equals(drafts[1] ?? Buffer.alloc(0))).toBe(false);
      let interruptedWrites = 0;
      let random = 0x2545f491; // xorshift: the same kill moments on every run
      const nextDelay = () => {
        random ^= random << 13;
        random ^= random >>> 17;
        random ^= random << 5;
        return (random >>> 0) % 1500;
      };
      for (let kill = 0; kill < KILLS; kill++) {
        writeFileSync(unicef, variants[kill % 2] ?? original);
        const child = spawn(process.execPath, [binPath, "build"], {
          cwd: project,
          stdio: "ignore",
        });
        const exited = new Promise((resolve) => child.on("exit", resolve));
        await new Promise((resolve) => setTimeout(resolve, nextDelay()));
        child.kill("SIGKILL");
        await exited;
        const draft = readFileSync(path.join(project, DRAFT));
        expect(
          drafts.some((whole) => whole.equals(draft)),
          `kill ${kill}: the draft is not one of the whole drafts`,
        ).toBe(true);
        if (temporaries(path.join(project, "drafts", "2004")).length > 0)
          interruptedWrites++;
      }
      console.info(
        `${KILLS} kills, ${interruptedWrites} of them left a temporary file mid-write`,
      );
      writeFileSync(unicef, original);
      expect((await runBin(["build"], { cwd: project })).code).toBe(0);
      expect(
        readFileSync(path.join(project, DRAFT)).equals(
          drafts[0] ?? Buffer.alloc(0),
        ),
      ).toBe(true);
      expect(temporaries(path.join(project, "drafts", "2004"))).toEqual([]);
      expect(
        temporaries(
          path.join(
            process.env.WPS_REPORT_CACHE_DIR ?? "",
            projectFolderName(project),
          ),
        ),
      ).toEqual([]);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 240_000);
});
