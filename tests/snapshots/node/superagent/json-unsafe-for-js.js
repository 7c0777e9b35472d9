const superagent = require("superagent");

const url = "https://api.example.com/ids";

async function main() {
  const response = await superagent.post(url)
    .set("Content-Type", "application/json")
    .send("{\n  \"id\": 9007199254740993,\n  \"ratio\": 2.0,\n  \"__proto__\": \"kept\"\n}");
  console.log(response.text);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
