// Trims GitHub's OpenAPI description to the operations Steward calls (github-paths.txt) and the components they
// reference, so that prism loads a few hundred kilobytes instead of 13 MB. The upload operation's own server
// (uploads.github.com) is dropped: in the tests it is served by the same host as the rest.
// Usage: node trim-openapi.mjs FULL.json PATHS.txt OUT.json
import { readFileSync, writeFileSync } from "node:fs";

const [full, list, out] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(full, "utf8"));
const wanted = readFileSync(list, "utf8").split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"))
  .map((l) => { const [method, path] = l.split(/\s+/); return { method, path }; });

const paths = {};
for (const { method, path } of wanted) {
  const item = spec.paths[path];
  if (!item || !item[method]) {
    throw new Error(`${method} ${path} is not in ${full}`);
  }
  paths[path] ??= item.parameters ? { parameters: item.parameters } : {};
  const operation = { ...item[method] };
  delete operation.servers;
  paths[path][method] = operation;
}

// Every component a kept operation reaches, through $ref, transitively.
const keep = new Set();
const visit = (node) => {
  if (Array.isArray(node)) { node.forEach(visit); return; }
  if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string" && value.startsWith("#/components/") && !keep.has(value)) {
        keep.add(value);
        const [, , kind, name] = value.split("/");
        visit(spec.components[kind][name]);
      } else {
        visit(value);
      }
    }
  }
};
visit(paths);

const components = {};
for (const ref of keep) {
  const [, , kind, name] = ref.split("/");
  (components[kind] ??= {})[name] = spec.components[kind][name];
}

const trimmed = { openapi: spec.openapi, info: spec.info, servers: spec.servers, paths, components };
writeFileSync(out, JSON.stringify(trimmed));
console.log(`${out}: ${wanted.length} operations, ${keep.size} components`);
