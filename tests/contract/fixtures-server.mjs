// Serves GitHub's recorded exchanges (@octokit/fixtures) like `octokit-fixtures-server`, but bound to 127.0.0.1 only
// and with the URLs in its answers on that address. Usage: node fixtures-server.mjs PORT
import express from "express";
import fixtureServerMiddleware from "@octokit/fixtures-server";

const port = Number(process.argv[2]);
const app = express();
app.use(fixtureServerMiddleware({ port, fixturesUrl: `http://127.0.0.1:${port}`, logLevel: "error" }));
app.listen(port, "127.0.0.1", () => console.log(`listening on http://127.0.0.1:${port}`));
