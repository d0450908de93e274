/** Apps Script entry points of dist/Code.js, each with the JSDoc emitted above its stub. */
export declare const ENTRY_POINTS: Readonly<Record<string, string>>;
/** Builds dist/ and returns the text of dist/Code.js. */
export declare function build(): Promise<string>;
/** The most bytes dist/Code.js may have. */
export declare const CODE_LIMIT: number;
/** On-demand modules: dist/<name>.html built from each source entry. */
export declare const ON_DEMAND: Readonly<Record<string, string>>;
