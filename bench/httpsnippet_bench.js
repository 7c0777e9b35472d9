// httpsnippet's side of bench/run.py: render every HAR request of a file for the
// 8 clients that match snippetgen's default clients, in this one warm process.
//
//   node bench/httpsnippet_bench.js HARS.json RUNS [WARMUP]
//
// Prints one JSON object: the seconds of each timed pass, the snippets per pass, and
// this process's peak resident memory.  WARMUP untimed passes (default 2) warm the JIT first.  Each
// pass does what a docs build would: new HTTPSnippet(har) (validation and
// normalization, as snippetgen's build_request does), then convert() per client.
'use strict';

const fs = require('fs');
const path = require('path');
const { HTTPSnippet } = require(path.join(__dirname, 'node_modules', 'httpsnippet'));

// snippetgen's default client for each language, and httpsnippet's same client.
const CLIENTS = [
  ['shell', 'curl'], // curl:curl
  ['csharp', 'httpclient'], // csharp:httpclient
  ['go', 'native'], // go:net-http
  ['java', 'nethttp'], // java:http-client (java.net.http)
  ['node', 'fetch'], // node:fetch
  ['php', 'curl'], // php:curl
  ['python', 'requests'], // python:requests
  ['ruby', 'native'], // ruby:net-http
];

function pass(hars) {
  let count = 0;
  let chars = 0;
  for (const har of hars) {
    const snippet = new HTTPSnippet(har);
    for (const [target, client] of CLIENTS) {
      const out = snippet.convert(target, client);
      const text = Array.isArray(out) ? out[0] : out;
      if (typeof text !== 'string') throw new Error(`no output for ${target}:${client}`);
      chars += text.length;
      count += 1;
    }
  }
  return { count, chars };
}

function main() {
  const [file, runsText, warmupText] = process.argv.slice(2);
  const runs = Number(runsText || 5);
  const warmups = Number(warmupText || 2);
  const hars = JSON.parse(fs.readFileSync(file, 'utf8'));
  let warm = pass(hars);
  for (let i = 1; i < warmups; i += 1) warm = pass(hars);
  const seconds = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    const done = pass(hars);
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
    if (done.count !== warm.count) throw new Error('passes differ');
  }
  process.stdout.write(JSON.stringify({
    tool: `httpsnippet ${require(path.join(__dirname, 'node_modules', 'httpsnippet', 'package.json')).version}`,
    runtime: `node ${process.version}`,
    seconds,
    snippets: warm.count,
    chars: warm.chars,
    maxrss_kib: process.resourceUsage().maxRSS,
  }) + '\n');
}

main();
