const axios = require("axios");

const options = {
  method: "DELETE",
  url: "https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose",
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
