// Validates .gitlab-ci.yml files against GitLab's CI JSON schema (gitlab-ci.schema.json beside this file: GitLab's
// app/assets/javascripts/editor/schema/ci.json, as npm gitlab-ci-local 4.75.1 bundles it; see tests/contract/README.md) with Ajv:
// prints one line per finding ("FILE: PATH MESSAGE") and exits 0 whether or not it found any; exit 2 on a broken call.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(join(here, 'gitlab-ci.schema.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: gitlab-ci-validate.mjs FILE...');
  process.exit(2);
}
for (const file of files) {
  if (!validate(parse(readFileSync(file, 'utf8')))) {
    for (const error of validate.errors) {
      console.log(`${file}: ${error.instancePath || '/'} ${error.message}`);
    }
  }
}
