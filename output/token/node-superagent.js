const superagent = require("superagent");

const url = "https://{yourDomain}/oauth/token";

async function main() {
  const response = await superagent.post(url)
    .set("content-type", "application/x-www-form-urlencoded")
    .send(new URLSearchParams([
      ["grant_type", "client_credentials"],
      ["client_id", "{yourClientId}"],
      ["client_secret", "{yourClientSecret}"],
      ["audience", "YOUR_API_IDENTIFIER"],
    ]).toString());
  console.log(response.text);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
