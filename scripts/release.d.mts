export const PROJECT_NAME: string;
export interface ReleaseFile {
  readonly source: string;
  readonly file: string;
  readonly kind: "manifest" | "script" | "html" | "other";
  readonly editorName: string;
}
export function releaseFiles(dist: string): ReleaseFile[];
export function steps(files: readonly ReleaseFile[]): string;
export function release(dist: string, out: string): ReleaseFile[];
