const axios = require("axios");

const options = {
  method: "POST",
  url: "https://api.example.com/raw",
  headers: {
    "content-type": "application/json",
  },
  // A Buffer goes out byte for byte (axios would trim or re-encode a string under a JSON type).
  data: Buffer.from(" foo/bar \n"),
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
