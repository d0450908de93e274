/** Apps Script entry points of dist/Code.js, each with the JSDoc emitted above its stub. */
export declare const ENTRY_POINTS: Readonly<Record<string, string>>;
/** Builds dist/ and returns the text of dist/Code.js. */
export declare function build(): Promise<string>;
