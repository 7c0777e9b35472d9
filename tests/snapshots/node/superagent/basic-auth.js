const superagent = require("superagent");

const url = "https://{yourDomain}/oauth/token";

async function main() {
  const response = await superagent.post(url)
    .set("Content-Type", "application/x-www-form-urlencoded")
    .auth("{clientId}", "{clientSecret}")
    .send(new URLSearchParams([
      ["grant_type", "client_credentials"],
    ]).toString());
  console.log(response.text);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
