const url = "https://{apiHost}/v1/me";
const options = {
  method: "GET",
  headers: {
    "Authorization": "Bearer {token}",
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
