const superagent = require("superagent");

const url = "https://api.example.com/items";

async function main() {
  const response = await superagent.delete(url)
    .set("Content-Type", "application/json")
    .send({
      "ids": [
        1,
        2,
        3
      ]
    });
  console.log(response.text);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
