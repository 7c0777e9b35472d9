const axios = require("axios");
const fs = require("node:fs");
const path = require("node:path");

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
  fs.readFileSync("{reportPath}"),
  "\r\n",
  `--${boundary}\r\n`,
  "Content-Disposition: form-data; name=\"logo\"; filename=\"" + path.basename("{logoPath}") + "\"\r\n",
  "Content-Type: application/octet-stream\r\n\r\n",
  fs.readFileSync("{logoPath}"),
  "\r\n",
  `--${boundary}\r\n`,
  "Content-Disposition: form-data; name=\"note\"\r\n\r\n",
  "\r\n",
  `--${boundary}--\r\n`,
].map((chunk) => Buffer.from(chunk)));

const options = {
  method: "POST",
  url: "https://api.example.com/v1/upload?dryRun",
  headers: {
    "accept": "application/json",
    "Content-Type": `multipart/form-data; boundary=${boundary}`,
  },
  data: payload,
  // Keep the response as text; axios would otherwise parse JSON replies.
  responseType: "text",
};

axios
  .request(options)
  .then((response) => {
    console.log(response.data);
  })
  .catch((error) => {
    console.error(error.message);
    process.exitCode = 1;
  });
