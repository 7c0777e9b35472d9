const superagent = require("superagent");

const url = "https://myapi.com/api";

async function main() {
  const response = await superagent.get(url)
    .set("authorization", "Bearer {accessToken}")
    .set("content-type", "application/json");
  console.log(response.text);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
