const superagent = require("superagent");

const url = "https://api.example.com/form";

async function main() {
  const response = await superagent.post(url)
    .set("Content-Type", "application/x-www-form-urlencoded")
    .send(new URLSearchParams([
      ["scope", "read"],
      ["scope", "write & delete"],
      ["note", "a+b=c 100% 'q' \"dq\" \\ $x #{y} é 😀\nnew line"],
    ]).toString());
  console.log(response.text);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
