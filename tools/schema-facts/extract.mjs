#!/usr/bin/env node
// Extracts schema facts for Pulumi type tokens from a published provider SDK npm package
// (@pulumi/aws, @pulumi/kubernetes, ...): the wire names the SDK sends (resourceInputs["..."] in
// the compiled .js), what the SDK fills in itself (constants, defaults, JSON encoding, secrets,
// additional secret outputs, aliases) and the input types and required flags (the .d.ts Args
// interface and the nested input types in types/input.d.ts).
//
// Usage:
//   node extract.mjs --package @pulumi/aws@7.48.0 [--numbers integer|number] [--nested-depth N]
//                    [--merge FACTS.json] TOKEN...
// Without --merge the entries are printed as JSON; with it they are added to (or replace) the
// entries of that facts file, which is rewritten with the same formatting.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";

const args = parseArgs(process.argv.slice(2));
const packageDir = fetchPackage(args.package, args.cache);
const inputTypes = loadNestedTypes(packageDir);
const entries = {};
for (const token of args.tokens) {
  entries[token] = extract(token);
}

if (args.merge) {
  const facts = JSON.parse(fs.readFileSync(args.merge, "utf8"));
  facts.resources = { ...facts.resources, ...entries };
  fs.writeFileSync(args.merge, JSON.stringify(facts, null, 1) + "\n");
  console.error(`merged ${Object.keys(entries).length} entries into ${args.merge}`);
} else {
  process.stdout.write(JSON.stringify(entries, null, 1) + "\n");
}

function parseArgs(argv) {
  const result = { doubles: new Set(), numbers: "number", nestedDepth: Infinity, tokens: [], cache: path.join(os.tmpdir(), "schema-facts-cache") };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? fail(`${arg} needs a value`);
    if (arg === "--package") result.package = value();
    else if (arg === "--numbers") result.numbers = value();
    else if (arg === "--nested-depth") result.nestedDepth = Number(value());
    else if (arg === "--merge") result.merge = value();
    else if (arg === "--double") result.doubles = new Set(value().split(","));
    else if (arg === "--cache") result.cache = value();
    else if (arg.startsWith("--")) fail(`unknown option ${arg}`);
    else result.tokens.push(arg);
  }
  if (!result.package || result.tokens.length === 0) fail("usage: extract.mjs --package @pulumi/aws@7.48.0 TOKEN...");
  if (!["integer", "number"].includes(result.numbers)) fail("--numbers is integer or number");
  // --double Type.property,... marks the numbers that the .NET SDK types as double when --numbers integer.
  return result;
}

function fail(message) {
  console.error(message);
  process.exit(2);
}

// npm pack downloads the published tarball through the ordinary npm client.
function fetchPackage(spec, cache) {
  const dir = path.join(cache, spec.replace(/[@/]/g, "_"));
  const packageRoot = path.join(dir, "package");
  if (!fs.existsSync(path.join(packageRoot, "package.json"))) {
    fs.mkdirSync(dir, { recursive: true });
    const tarball = execFileSync("npm", ["pack", spec, "--silent", "--pack-destination", dir], { encoding: "utf8" }).trim().split("\n").pop();
    execFileSync("tar", ["xzf", path.join(dir, tarball), "-C", dir]);
  }
  return packageRoot;
}

function findModule(token) {
  // Providers register as pulumi:providers:<package>; their class declares only the package.
  const needle = token.startsWith("pulumi:providers:") ? `__pulumiType = '${token.slice("pulumi:providers:".length)}'` : `__pulumiType = '${token}'`;
  const stack = [packageDir];
  while (stack.length > 0) {
    const dir = stack.pop();
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== "node_modules" && entry.name !== "types") stack.push(full);
      else if (entry.name.endsWith(".js") && fs.readFileSync(full, "utf8").includes(needle)) return full.slice(0, -3);
    }
  }
  fail(`${token}: no module of ${args.package} declares it`);
}

function extract(token) {
  const modulePath = findModule(token);
  const js = fs.readFileSync(modulePath + ".js", "utf8");
  const sdk = readConstructor(js);
  const argsInterface = readArgsInterface(modulePath + ".d.ts");
  const nested = {};
  const inputs = {};
  for (const name of [...sdk.inputs].sort()) {
    const member = argsInterface.get(name);
    const fact = member ? describe(token.split(":").pop(), member, nested, 1) : { type: "any", note: "not in the Args interface" };
    const entry = { type: fact.type, required: sdk.required.has(name) || (member ? !member.questionToken : false) };
    if (sdk.secret.has(name)) entry.secret = true;
    if (sdk.json.has(name)) entry.json = true;
    if (sdk.defaults.has(name)) entry.sdkDefault = sdk.defaults.get(name);
    if (sdk.envDefaults.has(name)) entry.sdkDefaultFromEnv = sdk.envDefaults.get(name);
    if (fact.note) entry.note = fact.note;
    if (member && deprecation(member)) entry.deprecated = deprecation(member);
    inputs[name] = entry;
  }

  // Multi-language components (eks Cluster, helm v4 Chart) register with remote: true.
  const result = /true \/\*remote\*\//.test(js) ? { isComponent: true } : {};
  result.inputs = inputs;
  result.outputs = [...sdk.outputs].sort();
  if (Object.keys(nested).length > 0) result.nested = sortKeys(nested);
  if (sdk.constants.size > 0) result.sdkSetsInputs = Object.fromEntries(sdk.constants);
  if (sdk.secretOutputs.length > 0) result.secretOutputs = sdk.secretOutputs;
  if (sdk.aliases.length > 0) result.aliases = sdk.aliases;
  result.source = `${args.package} ${path.relative(packageDir, modulePath)}.js/.d.ts (tools/schema-facts/extract.mjs)`;
  return result;
}

// The compiled constructor assigns one resourceInputs["wireName"] per line.
function readConstructor(js) {
  const sdk = {
    inputs: new Set(), outputs: new Set(), required: new Set(), secret: new Set(), json: new Set(),
    defaults: new Map(), envDefaults: new Map(), constants: new Map(), secretOutputs: [], aliases: [],
  };
  for (const match of js.matchAll(/resourceInputs\["([^"]+)"\] = (.*);$/gm)) {
    const [, name, rhs] = match;
    if (/^state\b/.test(rhs) || rhs.startsWith("undefined /*out*/")) {
      sdk.outputs.add(name);
      continue;
    }
    sdk.inputs.add(name);
    const constant = rhs.match(/^"([^"]*)"$/);
    if (constant) sdk.constants.set(name, constant[1]);
    if (rhs.includes("pulumi.secret(")) sdk.secret.add(name);
    if (rhs.includes(".apply(JSON.stringify)")) sdk.json.add(name);
    const fallback = rhs.match(/\?\? ("[^"]*"|-?[0-9.]+|true|false)\)?/);
    if (fallback) sdk.defaults.set(name, JSON.parse(fallback[1]));
    const env = rhs.match(/utilities\.getEnv\w*\("([^"]+)"/);
    if (env) sdk.envDefaults.set(name, env[1]);
  }
  for (const match of js.matchAll(/Missing required property '([^']+)'/g)) sdk.required.add(match[1]);
  const secretOutputs = js.match(/additionalSecretOutputs: \[([^\]]*)\]/);
  if (secretOutputs) sdk.secretOutputs = [...secretOutputs[1].matchAll(/"([^"]+)"/g)].map(m => m[1]);
  const aliases = js.match(/const aliasOpts = \{ aliases: \[(.*)\] \};/);
  if (aliases) sdk.aliases = [...aliases[1].matchAll(/type: "([^"]+)"/g)].map(m => m[1]);
  return sdk;
}

function readArgsInterface(dtsPath) {
  const source = ts.createSourceFile(dtsPath, fs.readFileSync(dtsPath, "utf8"), ts.ScriptTarget.Latest, true);
  const members = new Map();
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement) && statement.name.text.endsWith("Args") && !statement.name.text.endsWith("StateArgs")) {
      for (const member of statement.members) {
        if (ts.isPropertySignature(member)) members.set(propertyName(member), member);
      }
    }
  }
  return members;
}

// Nested input types live in types/input.d.ts as namespace.path.TypeName.
function loadNestedTypes(root) {
  const file = path.join(root, "types", "input.d.ts");
  const types = new Map();
  if (!fs.existsSync(file)) return types;
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const walk = (statements, prefix) => {
    for (const statement of statements) {
      if (ts.isModuleDeclaration(statement) && statement.body && ts.isModuleBlock(statement.body)) {
        walk(statement.body.statements, [...prefix, statement.name.text]);
      } else if (ts.isInterfaceDeclaration(statement)) {
        types.set([...prefix, statement.name.text].join("."), statement);
      }
    }
  };
  walk(source.statements, []);
  return types;
}

function describe(owner, member, nested, depth) {
  return convert(member.type, nested, depth, `${owner}.${propertyName(member)}`);
}

function numberType(where) {
  return args.doubles.has(where) ? "number" : args.numbers;
}

function convert(node, nested, depth, where) {
  if (!node) return { type: "any" };
  if (ts.isParenthesizedTypeNode(node)) return convert(node.type, nested, depth, where);
  if (ts.isTypeReferenceNode(node)) {
    const name = node.typeName.getText();
    if ((name === "pulumi.Input" || name === "Input") && node.typeArguments?.length === 1) return convert(node.typeArguments[0], nested, depth, where);
    if (name.startsWith("inputs.")) return objectType(name.slice("inputs.".length), nested, depth);
    if (name.startsWith("enums.")) return { type: "string", note: `enum ${name.slice("enums.".length)}` };
    if (name.startsWith("pulumi.asset.")) return { type: "any", note: `Pulumi ${name.slice("pulumi.asset.".length)}` };
    return { type: "any", note: `SDK type ${name}` };
  }
  if (ts.isUnionTypeNode(node)) {
    const members = node.types.filter(t => !(t.kind === ts.SyntaxKind.UndefinedKeyword || (ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.UndefinedKeyword)));
    // `string | Role`: the typed SDK also takes a resource object and sends its id; the wire value is the string.
    const resources = members.filter(t => ts.isTypeReferenceNode(t) && !t.typeName.getText().includes("."));
    if (resources.length > 0 && members.some(t => t.kind === ts.SyntaxKind.StringKeyword)) {
      return { type: "string", note: `the typed SDK also accepts a ${resources.map(r => r.typeName.getText()).join(" or ")} resource object here; send the string` };
    }
    if (members.length === 1) return convert(members[0], nested, depth, where);
    const converted = members.map(m => convert(m, nested, depth, where));
    const kinds = [...new Set(converted.map(c => c.type))];
    if (kinds.length === 1) return { type: kinds[0] };
    return { type: "any", note: `union: ${kinds.join(" | ")}` };
  }
  if (ts.isArrayTypeNode(node)) {
    const element = convert(node.elementType, nested, depth, where);
    return { type: `array<${element.type}>`, note: element.note };
  }
  if (ts.isTypeLiteralNode(node)) {
    const index = node.members.find(ts.isIndexSignatureDeclaration);
    if (index) {
      const value = convert(index.type, nested, depth, where);
      return { type: `map<${value.type}>`, note: value.note };
    }
    return { type: "map<any>" };
  }
  if (ts.isLiteralTypeNode(node)) {
    if (ts.isStringLiteral(node.literal)) return { type: "string" };
    if (ts.isNumericLiteral(node.literal)) return { type: numberType(where) };
    return { type: "boolean" };
  }
  switch (node.kind) {
    case ts.SyntaxKind.StringKeyword: return { type: "string" };
    case ts.SyntaxKind.NumberKeyword: return { type: numberType(where) };
    case ts.SyntaxKind.BooleanKeyword: return { type: "boolean" };
    default: return { type: "any" };
  }
}

function objectType(qualified, nested, depth) {
  const declaration = inputTypes.get(qualified);
  const name = qualified.split(".").pop();
  if (!declaration) return { type: `object:${name}`, note: `shape ${qualified} not found in types/input.d.ts` };
  if (depth <= args.nestedDepth && !(name in nested)) {
    nested[name] = {};
    const shape = {};
    for (const member of declaration.members.filter(ts.isPropertySignature).sort((a, b) => propertyName(a).localeCompare(propertyName(b)))) {
      const fact = describe(name, member, nested, depth + 1);
      shape[propertyName(member)] = { type: fact.type, required: !member.questionToken, ...(fact.note ? { note: fact.note } : {}) };
      if (deprecation(member)) shape[propertyName(member)].deprecated = deprecation(member);
    }
    nested[name] = shape;
  }
  return { type: `object:${name}` };
}

function propertyName(member) {
  return member.name.getText().replace(/^["']|["']$/g, "");
}

function deprecation(member) {
  const tag = ts.getJSDocTags(member).find(t => t.tagName.text === "deprecated");
  return tag ? (typeof tag.comment === "string" ? tag.comment : ts.getTextOfJSDocComment(tag.comment) ?? "deprecated").trim() : undefined;
}

function sortKeys(object) {
  return Object.fromEntries(Object.keys(object).sort().map(k => [k, object[k]]));
}
