const url = "https://api.example.com/trace";
const options = {
  method: "GET",
  // Pairs, so a name can repeat (fetch sends repeated values joined with ", ").
  headers: [
    ["accept", "application/json"],
    ["x-trace", "one"],
    ["X-Trace", "two, three"],
    ["Cookie", "session={sessionId}; theme=dark"],
  ],
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
