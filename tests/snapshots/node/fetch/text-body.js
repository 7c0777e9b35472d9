const url = "https://api.example.com/notes/1";
const options = {
  method: "PUT",
  headers: {
    "Content-Type": "text/plain; charset=utf-8",
  },
  body: "Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n",
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
