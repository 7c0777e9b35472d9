const superagent = require("superagent");

const url = "http://cache.example.com:8080/page";

async function main() {
  const response = await superagent("PURGE", url);
  console.log(response.text);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
