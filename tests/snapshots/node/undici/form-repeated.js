const { request } = require("undici");

const url = "https://api.example.com/form";
const options = {
  method: "POST",
  headers: {
    "Content-Type": "application/x-www-form-urlencoded",
  },
  body: new URLSearchParams([
    ["scope", "read"],
    ["scope", "write & delete"],
    ["note", "a+b=c 100% 'q' \"dq\" \\ $x #{y} é 😀\nnew line"],
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
