const { request } = require("undici");
const { readFile } = require("node:fs/promises");

const url = "https://api.example.com/v1/blobs/42";

async function main() {
  const options = {
    method: "PUT",
    headers: {
      "Content-Type": "application/octet-stream",
    },
    body: await readFile("{payloadPath}"),
  };
  const { statusCode, body } = await request(url, options);
  const text = await body.text();
  if (statusCode < 200 || statusCode > 299) {
    throw new Error(`HTTP ${statusCode}: ${text}`);
  }
  console.log(text);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
