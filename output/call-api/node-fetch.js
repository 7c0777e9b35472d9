const url = "https://myapi.com/api";
const options = {
  method: "GET",
  headers: {
    "authorization": "Bearer {accessToken}",
    "content-type": "application/json",
  },
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
