const url = "https://api.example.com/raw";
const options = {
  method: "POST",
  headers: {
    "content-type": "application/json",
  },
  body: " foo/bar \n",
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
