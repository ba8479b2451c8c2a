// Writes gitlab-ci.schema.json from GitLab's CI JSON schema as npm gitlab-ci-local bundles it (its 'fetch-schema' script
// copies GitLab's app/assets/javascripts/editor/schema/ci.json into its source, and its build inlines it as an object
// literal). Used once to refresh the committed copy, never by the tests:
//   npm install --no-save --prefix /tmp/glci gitlab-ci-local@4.75.1
//   node extract-gitlab-schema.mjs /tmp/glci/node_modules/gitlab-ci-local/dist/index.js > gitlab-ci.schema.json
import { readFileSync } from 'node:fs';

const text = readFileSync(process.argv[2], 'utf8');
const marker = '{$schema:"http://json-schema.org/draft-07/schema#",$id:"https://gitlab.com/.gitlab-ci.yml"';
const start = text.indexOf(marker);
if (start < 0) {
  console.error('the bundled GitLab CI schema was not found');
  process.exit(1);
}
// The literal's end: braces counted outside strings.
let depth = 0;
let quote = null;
let end = start;
for (; end < text.length; end++) {
  const c = text[end];
  if (quote) {
    if (c === '\\') end++;
    else if (c === quote) quote = null;
  } else if (c === '"' || c === "'" || c === '`') quote = c;
  else if (c === '{') depth++;
  else if (c === '}' && --depth === 0) break;
}
// The minifier wrote true and false as !0 and !1; evaluating the literal reads them back.
const schema = (0, eval)(`(${text.slice(start, end + 1)})`);
process.stdout.write(JSON.stringify(schema, null, 2) + '\n');
