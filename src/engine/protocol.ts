/** Messages between the loader and its parse workers. */
export interface ParseInput {
  file: string;
  bytes: Uint8Array;
}

export interface ParseBatch {
  files: ParseInput[];
}

/** node:v8 serializations of each file's LoadedContribution, in batch order. */
export type ParsedBatch = Uint8Array[];
