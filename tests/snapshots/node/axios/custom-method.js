const axios = require("axios");

const options = {
  method: "PURGE",
  url: "http://cache.example.com:8080/page",
  headers: {
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
