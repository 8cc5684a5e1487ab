import { createHash } from "node:crypto";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  LEGACY_CACHE_FOLDER,
  projectFolderName,
} from "../../src/engine/cache-folder.js";
import {
  decodePack,
  packEntry,
  packHeader,
} from "../../src/engine/pack-file.js";
import { repoRoot, runBin } from "../helpers/cli.js";
import { git } from "../helpers/git-repo.js";

/**
 * A cache must never change what the draft says. An attacker builds the
 * sample edition on their own machine, rewrites the cached parse of
 * unicef.md (right key, a correct checksum or MAC under their own secret,
 * different words), and gets the pack into the victim's hands: committed
 * with `git add -f` where older versions kept the cache, or dropped into
 * the victim's own cache folder. The victim's build must say what the
 * sources say.
 */

const ORIGINAL = "has revised its core commitments";
const FORGED = "has abandoned all its commitments";
const PACK = "contributions-2004.bin";

let scratch = "";
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "wps-forged-cache-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function inScratch(name: string): string {
  const folder = path.join(scratch, name);
  mkdirSync(folder, { recursive: true });
  return folder;
}

let replaced = 0;

/** Every string in a parsed contribution, with the phrase replaced (counted in `replaced`). */
function rewrite(value: unknown): unknown {
  if (typeof value === "string") {
    if (!value.includes(ORIGINAL)) return value;
    replaced++;
    return value.replaceAll(ORIGINAL, FORGED);
  }
  if (Array.isArray(value)) return value.map(rewrite);
  if (value instanceof Map)
    return new Map([...value].map(([k, v]) => [k, rewrite(v)]));
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, rewrite(v)]),
    );
  return value;
}

/** The fingerprint in a pack's header: after the magic line, a length-prefixed string. */
function fingerprintOf(pack: Uint8Array): string {
  const start = pack.indexOf(0x0a) + 1;
  const length = new DataView(pack.buffer, pack.byteOffset).getUint32(start);
  return new TextDecoder().decode(pack.subarray(start + 4, start + 4 + length));
}

function concat(chunks: Uint8Array[]): Buffer {
  return Buffer.concat(chunks);
}

/** The pre-HMAC format: entries checked by a SHA-1 anyone can recompute. */
function legacyPack(
  fingerprint: string,
  entries: Map<string, Uint8Array>,
): Buffer {
  const u32 = (n: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(n);
    return b;
  };
  const chunks: Buffer[] = [
    Buffer.from("wps-report cache\n"),
    u32(Buffer.byteLength(fingerprint)),
    Buffer.from(fingerprint),
  ];
  for (const [key, data] of entries) {
    chunks.push(u32(Buffer.byteLength(key)), Buffer.from(key));
    chunks.push(createHash("sha1").update(data).digest());
    chunks.push(u32(data.length), Buffer.from(data));
  }
  return Buffer.concat(chunks);
}

describe("a forged cache", () => {
  it("cannot change the draft: neither committed in the repository nor dropped into the user's cache folder", async () => {
    // The attacker's machine: a real build fills a real cache, signed with their secret.
    const attacker = inScratch("attacker");
    cpSync(
      path.join(repoRoot, "contributions", "2004"),
      path.join(attacker, "contributions", "2004"),
      { recursive: true },
    );
    const attackerCache = inScratch("attacker-cache");
    const honest = await runBin(["build", "--format", "txt"], {
      cwd: attacker,
      env: { WPS_REPORT_CACHE_DIR: attackerCache },
    });
    expect(honest.code).toBe(0);
    expect(honest.stdout).toContain(ORIGINAL);

    const packFile = path.join(
      attackerCache,
      projectFolderName(attacker),
      PACK,
    );
    const pack = new Uint8Array(readFileSync(packFile));
    const auth = {
      fingerprint: fingerprintOf(pack),
      secret: new Uint8Array(readFileSync(path.join(attackerCache, "secret"))),
    };
    const entries = decodePack(pack, auth);
    let rewritten = 0;
    const forged = new Map<string, Uint8Array>();
    for (const [key, data] of entries) {
      const before = replaced;
      const after = rewrite(deserialize(data));
      if (replaced === before) forged.set(key, data);
      else {
        rewritten++;
        forged.set(key, serialize(after));
      }
    }
    expect(rewritten).toBe(1);
    const forgedPack = concat([
      ...packHeader(auth.fingerprint),
      ...[...forged].flatMap(([key, data]) => packEntry(key, data, auth)),
    ]);
    // The forgery is good: the attacker's own build now prints the forged words.
    writeFileSync(packFile, forgedPack);
    const fooled = await runBin(["build", "--format", "txt"], {
      cwd: attacker,
      env: { WPS_REPORT_CACHE_DIR: attackerCache },
    });
    expect(fooled.stdout).toContain(FORGED);

    // The pull request: the sources untouched, the forged caches forced in.
    git(attacker, ["init", "-q", "-b", "main"]);
    const legacy = path.join(attacker, LEGACY_CACHE_FOLDER);
    mkdirSync(legacy);
    writeFileSync(path.join(legacy, ".gitignore"), "*\n");
    writeFileSync(
      path.join(legacy, PACK),
      legacyPack(auth.fingerprint, forged),
    );
    writeFileSync(path.join(legacy, "signed.bin"), forgedPack);
    git(attacker, ["add", "contributions"]);
    git(attacker, ["add", "-f", LEGACY_CACHE_FOLDER]);
    git(attacker, ["commit", "-q", "--no-gpg-sign", "-m", "Update UNICEF"]);

    // The victim clones and builds; their cache folder even holds the
    // attacker's signed pack exactly where their own would be.
    const victim = path.join(scratch, "victim");
    git(scratch, ["clone", "-q", attacker, victim]);
    expect(readFileSync(path.join(victim, LEGACY_CACHE_FOLDER, PACK))).toEqual(
      legacyPack(auth.fingerprint, forged),
    );
    const victimCache = inScratch("victim-cache");
    const planted = path.join(victimCache, projectFolderName(victim));
    mkdirSync(planted);
    writeFileSync(path.join(planted, PACK), forgedPack);

    const validate = await runBin(["validate"], {
      cwd: victim,
      env: { WPS_REPORT_CACHE_DIR: victimCache },
    });
    expect(validate.code).toBe(0);
    const build = await runBin(["build", "--format", "txt"], {
      cwd: victim,
      env: { WPS_REPORT_CACHE_DIR: victimCache },
    });
    expect(build.code).toBe(0);
    expect(build.stdout).not.toContain(FORGED);
    expect(build.stdout).toBe(honest.stdout);
    // And again, now from the victim's own (honest) cache.
    const warm = await runBin(["build", "--format", "txt"], {
      cwd: victim,
      env: { WPS_REPORT_CACHE_DIR: victimCache },
    });
    expect(warm.stdout).toBe(honest.stdout);
    // The in-repository folder was neither read nor written.
    expect(readFileSync(path.join(victim, LEGACY_CACHE_FOLDER, PACK))).toEqual(
      legacyPack(auth.fingerprint, forged),
    );
  }, 120_000);
});
