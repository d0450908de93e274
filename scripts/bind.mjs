// Binds this checkout to a department's own Apps Script project: `npm run bind -- <scriptId>`.
// The id is under Extensions → Apps Script → Project Settings → Script ID in the Sheet.
import { readFileSync, writeFileSync } from "node:fs";

const id = process.argv[2] ?? "";
if (!/^[\w-]{20,}$/.test(id)) {
  console.error(
    "usage: npm run bind -- <scriptId>   (Extensions → Apps Script → Project Settings → Script ID)",
  );
  process.exit(2);
}
const clasp = JSON.parse(readFileSync(".clasp.json", "utf8"));
writeFileSync(".clasp.json", `${JSON.stringify({ ...clasp, scriptId: id, rootDir: "dist" }, null, 2)}\n`);
console.log(`.clasp.json now points at ${id}; run npm run deploy to push dist/ there.`);
