const superagent = require("superagent");

const url = "https://{apiHost}/v1/me";

async function main() {
  const response = await superagent.get(url)
    .set("Authorization", "Bearer {token}");
  console.log(response.text);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
