const superagent = require("superagent");

const url = "https://{yourDomain}/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty=";

async function main() {
  const response = await superagent.get(url)
    .set("Authorization", "Bearer {token}")
    .set("X-Quote", "it's \"quoted\" $HOME")
    .set("X-Empty", "");
  console.log(response.text);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
