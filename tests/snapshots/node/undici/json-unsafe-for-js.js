const { request } = require("undici");

const url = "https://api.example.com/ids";
const options = {
  method: "POST",
  headers: {
    "Content-Type": "application/json",
  },
  body: "{\n  \"id\": 9007199254740993,\n  \"ratio\": 2.0,\n  \"__proto__\": \"kept\"\n}",
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
