const { request } = require("undici");

const url = "https://api.example.com/trace";
const options = {
  method: "GET",
  // An array sends one header line per value.
  headers: {
    "accept": "application/json",
    "x-trace": ["one", "two, three"],
    "Cookie": "session={sessionId}; theme=dark",
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
