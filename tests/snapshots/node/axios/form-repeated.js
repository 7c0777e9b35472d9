const axios = require("axios");

const options = {
  method: "POST",
  url: "https://api.example.com/form",
  headers: {
    "Content-Type": "application/x-www-form-urlencoded",
  },
  data: new URLSearchParams([
    ["scope", "read"],
    ["scope", "write & delete"],
    ["note", "a+b=c 100% 'q' \"dq\" \\ $x #{y} é 😀\nnew line"],
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
