import got from "got";

const url = "https://api.example.com/api";

const options = {
  method: "GET",
  headers: {
    "authorization": "Bearer ACCESS_TOKEN",
    "content-type": "application/json",
    "content-language": "en",
  },
};

// got rejects (and the program exits with status 1) on a transport error or a non-2xx status.
const response = await got(url, options);
console.log(response.body);
