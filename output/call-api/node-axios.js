const axios = require("axios");

const options = {
  method: "GET",
  url: "https://myapi.com/api",
  headers: {
    "authorization": "Bearer {accessToken}",
    "content-type": "application/json",
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
