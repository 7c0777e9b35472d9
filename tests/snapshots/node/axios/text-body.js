const axios = require("axios");

const options = {
  method: "PUT",
  url: "https://api.example.com/notes/1",
  headers: {
    "Content-Type": "text/plain; charset=utf-8",
  },
  // A Buffer goes out byte for byte (axios would trim or re-encode a string under a JSON type).
  data: Buffer.from("Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n"),
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
