const { request } = require("undici");

const url = "https://api.example.com/notes/1";
const options = {
  method: "PUT",
  headers: {
    "Content-Type": "text/plain; charset=utf-8",
  },
  body: "Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n",
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
