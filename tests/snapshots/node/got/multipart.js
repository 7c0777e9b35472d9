import { readFile } from "node:fs/promises";
import path from "node:path";
import got from "got";

const url = "https://api.example.com/v1/upload?dryRun";

// FormData would send a line break in a text value as CRLF (or lowercase a content type),
// so this body is built by hand, byte for byte, with a fixed boundary.
const boundary = "----SnippetgenFormBoundary7MA4YWxkTrZu0gW";
const payload = Buffer.concat([
  `--${boundary}\r\n`,
  "Content-Disposition: form-data; name=\"description\"\r\n\r\n",
  "Q3 report; it's \"final\", 100% & done\nsecond line é",
  "\r\n",
  `--${boundary}\r\n`,
  "Content-Disposition: form-data; name=\"report\"; filename=\"report.pdf\"\r\n",
  "Content-Type: application/pdf\r\n\r\n",
  await readFile("{reportPath}"),
  "\r\n",
  `--${boundary}\r\n`,
  "Content-Disposition: form-data; name=\"logo\"; filename=\"" + path.basename("{logoPath}") + "\"\r\n",
  "Content-Type: application/octet-stream\r\n\r\n",
  await readFile("{logoPath}"),
  "\r\n",
  `--${boundary}\r\n`,
  "Content-Disposition: form-data; name=\"note\"\r\n\r\n",
  "\r\n",
  `--${boundary}--\r\n`,
].map((chunk) => Buffer.from(chunk)));

const options = {
  method: "POST",
  headers: {
    "accept": "application/json",
    "Content-Type": `multipart/form-data; boundary=${boundary}`,
  },
  body: payload,
};

// got rejects (and the program exits with status 1) on a transport error or a non-2xx status.
const response = await got(url, options);
console.log(response.body);
