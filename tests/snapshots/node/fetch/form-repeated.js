const url = "https://api.example.com/form";
const options = {
  method: "POST",
  headers: {
    "Content-Type": "application/x-www-form-urlencoded",
  },
  body: new URLSearchParams([
    ["scope", "read"],
    ["scope", "write & delete"],
    ["note", "a+b=c 100% 'q' \"dq\" \\ $x #{y} é 😀\nnew line"],
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
