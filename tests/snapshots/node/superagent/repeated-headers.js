const superagent = require("superagent");

const url = "https://api.example.com/trace";

async function main() {
  const response = await superagent.get(url)
    // An array sends one header line per value.
    .set("accept", "application/json")
    .set("x-trace", ["one", "two, three"])
    .set("Cookie", "session={sessionId}; theme=dark");
  console.log(response.text);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
