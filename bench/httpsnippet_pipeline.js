// The docs pipeline a team would write with httpsnippet, for bench/run.py to time against
// `snippetgen build`: every HAR file of a folder (one recorded request each) becomes one
// file per client and one Markdown page with a heading and a code block per client.
//
//   node bench/httpsnippet_pipeline.js HARS_DIR OUT_DIR
//
// Same 8 clients as snippetgen's default ones (bench/httpsnippet_bench.js lists the pairs).
// It writes plainly (writeFileSync), as such a script does: no incremental or atomic writes.
'use strict';

const fs = require('fs');
const path = require('path');
const { HTTPSnippet } = require(path.join(__dirname, 'node_modules', 'httpsnippet'));

const CLIENTS = [
  ['shell', 'curl', 'cURL', '.sh', 'bash'],
  ['csharp', 'httpclient', 'C#', '.cs', 'csharp'],
  ['go', 'native', 'Go', '.go', 'go'],
  ['java', 'nethttp', 'Java', '.java', 'java'],
  ['node', 'fetch', 'Node.js', '.js', 'javascript'],
  ['php', 'curl', 'PHP', '.php', 'php'],
  ['python', 'requests', 'Python', '.py', 'python'],
  ['ruby', 'native', 'Ruby', '.rb', 'ruby'],
];

// A fence longer than any run of backticks in the code, so a snippet cannot close it.
function fenced(code, lexer) {
  const longest = Math.max(0, ...(code.match(/`+/g) || []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${lexer}\n${code.replace(/\n+$/, '')}\n${fence}`;
}

function main() {
  const [harsDir, outDir] = process.argv.slice(2);
  if (!harsDir || !outDir) throw new Error('usage: node httpsnippet_pipeline.js HARS_DIR OUT_DIR');
  const names = fs.readdirSync(harsDir).filter((name) => name.endsWith('.har')).sort();
  let files = 0;
  for (const file of names) {
    const name = file.slice(0, -'.har'.length);
    const har = JSON.parse(fs.readFileSync(path.join(harsDir, file), 'utf8'));
    const snippet = new HTTPSnippet(har);
    fs.mkdirSync(path.join(outDir, name), { recursive: true });
    const page = [`# ${har.log.entries[0].request.method} ${name}`, ''];
    for (const [target, client, title, extension, lexer] of CLIENTS) {
      const out = snippet.convert(target, client);
      const code = Array.isArray(out) ? out[0] : out;
      fs.writeFileSync(path.join(outDir, name, `${target}-${client}${extension}`), code);
      page.push(`## ${title}`, '', fenced(code, lexer), '');
      files += 1;
    }
    fs.writeFileSync(path.join(outDir, `${name}.md`), page.join('\n'));
    files += 1;
  }
  process.stdout.write(`${names.length} requests, ${files} files\n`);
}

main();
