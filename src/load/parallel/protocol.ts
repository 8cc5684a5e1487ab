/** Messages between the loader and its parse workers. */
export interface ParseInput {
  file: string;
  bytes: Uint8Array;
}

export interface ParseBatch {
  id: number;
  files: ParseInput[];
}

export interface ParsedBatch {
  id: number;
  /** node:v8 serializations of each file's LoadedContribution, in batch order. */
  results: Uint8Array[];
}
