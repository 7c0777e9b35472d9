const axios = require("axios");

const options = {
  method: "GET",
  url: "https://api.example.com/trace",
  // An array sends one header line per value.
  headers: {
    "accept": "application/json",
    "x-trace": ["one", "two, three"],
    "Cookie": "session={sessionId}; theme=dark",
  },
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
