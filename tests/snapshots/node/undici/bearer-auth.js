const { request } = require("undici");

const url = "https://{apiHost}/v1/me";
const options = {
  method: "GET",
  headers: {
    "Authorization": "Bearer {token}",
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
