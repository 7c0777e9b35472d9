const axios = require("axios");

const options = {
  method: "POST",
  url: "https://{yourDomain}/oauth/token",
  headers: {
    "Content-Type": "application/x-www-form-urlencoded",
  },
  auth: {
    username: "{clientId}",
    password: "{clientSecret}",
  },
  data: new URLSearchParams([
    ["grant_type", "client_credentials"],
  ]),
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
