const url = "https://{yourDomain}/oauth/token";
const username = "{clientId}";
const password = "{clientSecret}";
const options = {
  method: "POST",
  headers: {
    "Content-Type": "application/x-www-form-urlencoded",
    "Authorization": "Basic " + Buffer.from(`${username}:${password}`).toString("base64"),
  },
  body: new URLSearchParams([
    ["grant_type", "client_credentials"],
  ]),
};

async function main() {
  const response = await fetch(url, options);
  if (!response.ok) {
    throw new Error(`HTTP ${response.status} ${response.statusText}`);
  }
  console.log(await response.text());
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
