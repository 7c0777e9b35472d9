const superagent = require("superagent");

const url = "https://api.example.com/raw";

async function main() {
  const response = await superagent.post(url)
    .set("content-type", "application/json")
    .send(" foo/bar \n");
  console.log(response.text);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
