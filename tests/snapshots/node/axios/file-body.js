const axios = require("axios");
const fs = require("node:fs");

const options = {
  method: "PUT",
  url: "https://api.example.com/v1/blobs/42",
  headers: {
    "Content-Type": "application/octet-stream",
  },
  data: fs.readFileSync("{payloadPath}"),
  // Keep the response as text; axios would otherwise parse JSON replies.
  responseType: "text",
};

axios
  .request(options)
  .then((response) => {
    console.log(response.data);
  })
  .catch((error) => {
    console.error(error.message);
    process.exitCode = 1;
  });
