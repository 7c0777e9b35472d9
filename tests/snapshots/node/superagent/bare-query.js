const superagent = require("superagent");

const url = "https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose";

async function main() {
  const response = await superagent.delete(url);
  console.log(response.text);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
