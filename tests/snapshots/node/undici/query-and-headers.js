const { request } = require("undici");

const url = "https://{yourDomain}/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty=";
const options = {
  method: "GET",
  headers: {
    "Authorization": "Bearer {token}",
    "X-Quote": "it's \"quoted\" $HOME",
    "X-Empty": "",
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
