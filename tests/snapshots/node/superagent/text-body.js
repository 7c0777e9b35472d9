const superagent = require("superagent");

const url = "https://api.example.com/notes/1";

async function main() {
  const response = await superagent.put(url)
    .set("Content-Type", "text/plain; charset=utf-8")
    .send("Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n");
  console.log(response.text);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
