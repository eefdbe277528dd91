#!/usr/bin/env node
// Extracts schema facts for Pulumi type tokens from a published provider SDK npm package
// (@pulumi/aws, @pulumi/kubernetes, ...): the wire names the SDK sends (resourceInputs["..."] in
// the compiled .js), what the SDK fills in itself (constants, defaults, JSON encoding, secrets,
// additional secret outputs, aliases) and the input types and required flags (the .d.ts Args
// interface and the nested input types in types/input.d.ts).
//
// Usage:
//   node extract.mjs --package @pulumi/aws@7.48.0 [--numbers integer|number] [--nested-depth N]
//                    [--merge FACTS.json [--nested-only]] TOKEN...
// Without --merge the entries are printed as JSON; with it they are added to (or replace) the
// entries of that facts file, which is rewritten with the same formatting. --nested-only keeps
// the existing entry and replaces only its "nested" shapes (those its inputs reach), for entries
// whose top level was taken from the provider's schema.json (eks components: plain flags, enum
// notes, resource references).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ts from "typescript";

const args = parseArgs(process.argv.slice(2));
const packageDir = fetchPackage(args.package, args.cache);
const inputTypes = loadNestedTypes(packageDir);
const enumValues = loadEnums(packageDir);
const nestedDefaults = loadNestedDefaults(packageDir);
const dependencies = JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8")).dependencies ?? {};
// Set while one token is extracted: a multi-language component's members not wrapped in pulumi.Input are plain.
let componentEntry = false;
const entries = {};
for (const token of args.tokens) {
  entries[token] = extract(token);
}

if (args.merge) {
  const facts = JSON.parse(fs.readFileSync(args.merge, "utf8"));
  facts.resources = { ...facts.resources, ...(args.nestedOnly ? mergeNested(facts.resources, entries) : entries) };
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
    else if (arg === "--nested-only") result.nestedOnly = true;
    else if (arg === "--double") result.doubles = new Set(value().split(","));
    else if (arg === "--cache") result.cache = value();
    else if (arg.startsWith("--")) fail(`unknown option ${arg}`);
    else result.tokens.push(arg);
  }
  if (!result.package || result.tokens.length === 0) fail("usage: extract.mjs --package @pulumi/aws@7.48.0 TOKEN...");
  if (!["integer", "number"].includes(result.numbers)) fail("--numbers is integer or number");
  if (result.nestedOnly && !result.merge) fail("--nested-only needs --merge");
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
  componentEntry = /true \/\*remote\*\//.test(js);
  const nested = {};
  const inputs = {};
  for (const name of [...sdk.inputs].sort()) {
    const member = argsInterface.get(name);
    const fact = member ? describe(token.split(":").pop(), member, nested, 1) : { type: "any", note: "not in the Args interface" };
    const entry = { type: fact.type, required: sdk.required.has(name) || (member ? !member.questionToken : false) };
    if (member && isPlain(member)) entry.plain = true;
    if (fact.enum) entry.enum = fact.enum;
    if (fact.typeRef) entry.typeRef = fact.typeRef;
    if (sdk.secret.has(name)) entry.secret = true;
    if (sdk.json.has(name)) entry.json = true;
    if (sdk.defaults.has(name)) entry.sdkDefault = sdk.defaults.get(name);
    if (sdk.envDefaults.has(name)) entry.sdkDefaultFromEnv = sdk.envDefaults.get(name);
    if (fact.note) entry.note = fact.note;
    if (member && deprecation(member)) entry.deprecated = deprecation(member);
    inputs[name] = entry;
  }

  // Multi-language components (eks Cluster, helm v4 Chart) register with remote: true.
  const result = componentEntry ? { isComponent: true } : {};
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

// The name a nested type has in the facts: its schema name. A component package's Node.js SDK
// names its input types <Type>Args (eks AccessEntryArgs for eks:index:AccessEntry); where no
// interface <Type> sits beside it, the Args suffix is the SDK's, not the type's.
function factsName(qualified) {
  const name = qualified.split(".").pop();
  return name.endsWith("Args") && !inputTypes.has(qualified.slice(0, -4)) ? name.slice(0, -4) : name;
}

// Enums live in types/enums/**/index.d.ts as `export declare const Name: { readonly Member: "value"; ... }`.
function loadEnums(root) {
  const values = new Map();
  const walk = (dir, prefix) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name), [...prefix, entry.name]);
      else if (entry.name === "index.d.ts") {
        const file = path.join(dir, entry.name);
        const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
        for (const statement of source.statements.filter(ts.isVariableStatement)) {
          for (const declaration of statement.declarationList.declarations) {
            if (!declaration.type || !ts.isTypeLiteralNode(declaration.type)) continue;
            const literals = declaration.type.members.filter(ts.isPropertySignature).map(m => m.type)
              .filter(t => t && ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal)).map(t => t.literal.text);
            // Deprecated aliases repeat a value under an old member name.
            values.set([...prefix, declaration.name.getText()].join("."), [...new Set(literals)]);
          }
        }
      }
    }
  };
  walk(path.join(root, "types", "enums"), []);
  return values;
}

// Client-side defaults of nested types: types/input.js has, per type with defaults,
// `function <type>ProvideDefaults(val) { return { ...val, name: (val.name) ?? VALUE, }; }`,
// which the SDK applies whenever that type is given.
function loadNestedDefaults(root) {
  const file = path.join(root, "types", "input.js");
  const defaults = new Map();
  if (!fs.existsSync(file)) return defaults;
  const js = fs.readFileSync(file, "utf8");
  for (const [, fn, body] of js.matchAll(/function (\w+)ProvideDefaults\(val\) \{\s*return \{\s*\.\.\.val,([\s\S]*?)\};\s*\}/g)) {
    const values = new Map();
    for (const [, name, value] of body.matchAll(/(\w+): \(val\.\w+\) \?\? ("[^"]*"|-?[0-9.]+|true|false),/g)) values.set(name, JSON.parse(value));
    if (values.size > 0) defaults.set(fn[0].toUpperCase() + fn.slice(1), values);
  }
  return defaults;
}

// A member typed without pulumi.Input takes a plain value; that matters only for components,
// whose plugin receives the value as given.
function isPlain(member) {
  if (!componentEntry || !member.type) return false;
  const type = ts.isUnionTypeNode(member.type) ? member.type.types : [member.type];
  return !type.some(t => ts.isTypeReferenceNode(t) && ["pulumi.Input", "Input"].includes(t.typeName.getText()));
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
    if (name.startsWith("enums.")) {
      const values = enumValues.get(name.slice("enums.".length));
      return { type: "string", note: `enum ${name.slice("enums.".length)}`, ...(values?.length ? { enum: values } : {}) };
    }
    // Another provider's type (eks using pulumi-aws's NodeGroupLaunchTemplate): its shape is that
    // package's; the checker finds it under the entry of that package and module that has it.
    const other = name.match(/^pulumi(\w+)\.types\.input\.((?:\w+\.)*)(\w+)$/);
    if (other) {
      const pkg = other[1][0].toLowerCase() + other[1].slice(1);
      const module = other[2].slice(0, -1).replaceAll(".", "/");
      const version = dependencies[`@pulumi/${pkg}`] ?? "?";
      return { type: `object:${other[3]}`, typeRef: `${pkg} ${version} ${pkg}:${module}/${other[3]}:${other[3]}` };
    }
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
    return { ...element, type: `array<${element.type}>` };
  }
  if (ts.isTypeLiteralNode(node)) {
    const index = node.members.find(ts.isIndexSignatureDeclaration);
    if (index) {
      const value = convert(index.type, nested, depth, where);
      return { ...value, type: `map<${value.type}>` };
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
  const name = factsName(qualified);
  if (!declaration) return { type: `object:${name}`, note: `shape ${qualified} not found in types/input.d.ts` };
  if (depth <= args.nestedDepth && !(name in nested)) {
    nested[name] = {};
    const shape = {};
    const defaults = nestedDefaults.get(declaration.name.text) ?? new Map();
    for (const member of declaration.members.filter(ts.isPropertySignature).sort((a, b) => propertyName(a).localeCompare(propertyName(b)))) {
      const fact = describe(name, member, nested, depth + 1);
      const property = { type: fact.type, required: !member.questionToken };
      if (isPlain(member)) property.plain = true;
      if (fact.enum) property.enum = fact.enum;
      if (fact.typeRef) property.typeRef = fact.typeRef;
      if (defaults.has(propertyName(member))) property.sdkDefault = defaults.get(propertyName(member));
      if (fact.note) property.note = fact.note;
      if (deprecation(member)) property.deprecated = deprecation(member);
      shape[propertyName(member)] = property;
    }
    nested[name] = shape;
  }
  return { type: `object:${name}` };
}

// --nested-only: the existing entry with the extracted nested shapes its inputs reach. Where the
// extracted top level disagrees with the existing one, say so (the existing one is kept).
function mergeNested(resources, extracted) {
  const merged = {};
  for (const [token, entry] of Object.entries(extracted)) {
    const existing = resources[token] ?? fail(`${token}: --nested-only needs an existing entry`);
    for (const [name, input] of Object.entries(existing.inputs)) {
      const fresh = entry.inputs[name];
      for (const key of ["type", "plain"]) {
        if (fresh && (fresh[key] ?? false) !== (input[key] ?? false) && !(key === "type" && input.typeRef && fresh.typeRef)) {
          console.error(`${token}.${name}: ${key} is ${JSON.stringify(input[key])} in the facts, ${JSON.stringify(fresh[key])} in ${args.package} (facts kept)`);
        }
      }
    }
    const reachable = {};
    const queue = Object.values(existing.inputs).map(i => i.type);
    while (queue.length > 0) {
      for (const [, name] of queue.pop().matchAll(/object:(\w+)/g)) {
        if (name in reachable || !entry.nested?.[name]) continue;
        reachable[name] = entry.nested[name];
        queue.push(...Object.values(entry.nested[name]).map(p => p.type));
      }
    }
    const { nested: _nested, nestedSource: _source, ...rest } = existing;
    merged[token] = { ...rest, nested: sortKeys(reachable), nestedSource: entry.source };
  }
  return merged;
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
