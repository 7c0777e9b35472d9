const axios = require("axios");

const options = {
  method: "DELETE",
  url: "https://api.example.com/items",
  headers: {
    "Content-Type": "application/json",
  },
  data: {
    "ids": [
      1,
      2,
      3
    ]
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
