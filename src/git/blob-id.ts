import { createHash } from "node:crypto";

/** Git's id for a blob with this text: sha1 of "blob <bytes>\0<bytes>". */
export function gitBlobId(text: string): string {
  const bytes = Buffer.from(text, "utf8");
  return createHash("sha1")
    .update(`blob ${bytes.length}\0`)
    .update(bytes)
    .digest("hex");
}
