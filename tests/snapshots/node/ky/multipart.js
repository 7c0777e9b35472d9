import { openAsBlob } from "node:fs";
import path from "node:path";
import ky from "ky";

const url = "https://api.example.com/v1/upload?dryRun";

// FormData would send a line break in a text value as CRLF (or lowercase a content type),
// so this body is built by hand, byte for byte, with a fixed boundary.
const boundary = "----SnippetgenFormBoundary7MA4YWxkTrZu0gW";
const payload = new Blob([
  `--${boundary}\r\n`,
  "Content-Disposition: form-data; name=\"description\"\r\n\r\n",
  "Q3 report; it's \"final\", 100% & done\nsecond line é",
  "\r\n",
  `--${boundary}\r\n`,
  "Content-Disposition: form-data; name=\"report\"; filename=\"report.pdf\"\r\n",
  "Content-Type: application/pdf\r\n\r\n",
  await openAsBlob("{reportPath}"),
  "\r\n",
  `--${boundary}\r\n`,
  "Content-Disposition: form-data; name=\"logo\"; filename=\"" + path.basename("{logoPath}") + "\"\r\n",
  "Content-Type: application/octet-stream\r\n\r\n",
  await openAsBlob("{logoPath}"),
  "\r\n",
  `--${boundary}\r\n`,
  "Content-Disposition: form-data; name=\"note\"\r\n\r\n",
  "\r\n",
  `--${boundary}--\r\n`,
]);

const options = {
  method: "POST",
  headers: {
    "accept": "application/json",
    "Content-Type": `multipart/form-data; boundary=${boundary}`,
  },
  body: payload,
  // One request only: ky would send a GET, PUT, HEAD, DELETE or OPTIONS again (twice)
  // after a network error or a 408, 413, 429, 500, 502, 503 or 504 status.
  retry: 0,
};

// ky rejects with an HTTPError on a non-2xx status (and the program exits with status 1), as
// on a transport error. The body is read from the Response itself: ky's .text() shortcut
// would add an Accept header.
const response = await ky(url, options);
console.log(await response.text());
