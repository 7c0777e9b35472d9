const { request } = require("undici");

const url = "https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose";
const options = {
  method: "DELETE",
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
