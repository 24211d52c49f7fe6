// Reads a GEXF file with graphology-gexf (the parser inside Gephi Lite) and prints what it kept as JSON.
//
// Usage: node tests/js/read_gexf.mjs FILE
// Used by tests/test_export.py to check that kg's GEXF export survives the trip into Gephi Lite.
// Exits non-zero if the parser throws or if xmldom reports a warning or an error: xmldom only logs
// those to the console and carries on, which would hide a malformed file.
import { readFileSync } from "node:fs";
import Graph from "graphology";
import gexf from "graphology-gexf";

const [file] = process.argv.slice(2);
if (!file) {
  console.error("usage: node read_gexf.mjs FILE");
  process.exit(2);
}

const complaints = [];
const { warn, error } = console;
console.warn = (...args) => complaints.push(args.join(" "));
console.error = (...args) => complaints.push(args.join(" "));
let graph;
try {
  graph = gexf.parse(Graph, readFileSync(file, "utf8"));
} finally {
  console.warn = warn;
  console.error = error;
}
if (complaints.length > 0) {
  console.error(complaints.join("\n"));
  process.exit(1);
}

const out = {
  type: graph.type,
  multi: graph.multi,
  attributes: graph.getAttributes(),
  nodes: graph.mapNodes((key, attributes) => ({ key, attributes })),
  edges: graph.mapEdges((key, attributes, source, target, _s, _t, undirected) => ({
    key,
    source,
    target,
    undirected,
    attributes,
  })),
};
process.stdout.write(JSON.stringify(out) + "\n");
