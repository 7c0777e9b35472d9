const url = "https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose";
const options = {
  method: "DELETE",
  headers: {
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
