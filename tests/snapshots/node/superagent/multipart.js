const superagent = require("superagent");

const url = "https://api.example.com/v1/upload?dryRun";

async function main() {
  const response = await superagent.post(url)
    .set("accept", "application/json")
    .field("description", "Q3 report; it's \"final\", 100% & done\nsecond line é")
    .attach("report", "{reportPath}", {
      filename: "report.pdf",
      contentType: "application/pdf",
    })
    .attach("logo", "{logoPath}", {
      contentType: "application/octet-stream",
    })
    .field("note", "");
  console.log(response.text);
}

main().catch((error) => {
  console.error(error.message);
  process.exitCode = 1;
});
