const superagent = require("superagent");

const url = "https://api.example.com/items/42";

async function main() {
  const response = await superagent.head(url);
  // A HEAD response has no body.
  console.log(response.status);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
