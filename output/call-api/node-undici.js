const { request } = require("undici");

const url = "https://myapi.com/api";
const options = {
  method: "GET",
  headers: {
    "authorization": "Bearer {accessToken}",
    "content-type": "application/json",
  },
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
