const fs = require("node:fs");

const url = "https://api.example.com/v1/blobs/42";

async function main() {
  const options = {
    method: "PUT",
    headers: {
      "Content-Type": "application/octet-stream",
    },
    // The file's bytes, read as the request is sent.
    body: await fs.openAsBlob("{payloadPath}"),
  };
  const response = await fetch(url, options);
  if (!response.ok) {
    throw new Error(`HTTP ${response.status} ${response.statusText}`);
  }
  console.log(await response.text());
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
