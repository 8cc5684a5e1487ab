export declare const LAYERS: string[][];
export declare function checkLayers(src?: string): string[];
