import { openAsBlob } from "node:fs";
import path from "node:path";
import { ofetch } from "ofetch";

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
  // The reply as text (ofetch would parse it by its content type).
  responseType: "text",
  // One request only: ofetch would send a method other than PATCH, POST, PUT or DELETE once more
  // after a network error or a 408, 409, 425, 429, 500, 502, 503 or 504 status.
  retry: 0,
};

// ofetch rejects with a FetchError on a 4xx or 5xx status (and the program exits with
// status 1), as on a transport error. A HEAD or 204 reply has no body (undefined).
const text = await ofetch(url, options);
console.log(text ?? "");
