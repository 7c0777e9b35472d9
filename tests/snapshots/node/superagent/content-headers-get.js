const superagent = require("superagent");

const url = "https://api.example.com/api";

async function main() {
  const response = await superagent.get(url)
    .set("authorization", "Bearer ACCESS_TOKEN")
    .set("content-type", "application/json")
    .set("content-language", "en");
  console.log(response.text);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
