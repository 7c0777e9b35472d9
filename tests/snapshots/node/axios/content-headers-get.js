const axios = require("axios");

const options = {
  method: "GET",
  url: "https://api.example.com/api",
  headers: {
    "authorization": "Bearer ACCESS_TOKEN",
    "content-type": "application/json",
    "content-language": "en",
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
