const superagent = require("superagent");
const { readFile } = require("node:fs/promises");

const url = "https://api.example.com/v1/blobs/42";

async function main() {
  const response = await superagent.put(url)
    .set("Content-Type", "application/octet-stream")
    .send(await readFile("{payloadPath}"));
  console.log(response.text);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
