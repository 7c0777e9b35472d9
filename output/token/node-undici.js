const { request } = require("undici");

const url = "https://{yourDomain}/oauth/token";
const options = {
  method: "POST",
  headers: {
    "content-type": "application/x-www-form-urlencoded",
  },
  body: new URLSearchParams([
    ["grant_type", "client_credentials"],
    ["client_id", "{yourClientId}"],
    ["client_secret", "{yourClientSecret}"],
    ["audience", "YOUR_API_IDENTIFIER"],
  ]).toString(),
};

async function main() {
  const { statusCode, body } = await request(url, options);
  const text = await body.text();
  if (statusCode < 200 || statusCode > 299) {
    throw new Error(`HTTP ${statusCode}: ${text}`);
  }
  console.log(text);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
