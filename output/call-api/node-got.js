import got from "got";

const url = "https://myapi.com/api";

const options = {
  method: "GET",
  headers: {
    "authorization": "Bearer {accessToken}",
    "content-type": "application/json",
  },
};

// got rejects (and the program exits with status 1) on a transport error or a non-2xx status.
const response = await got(url, options);
console.log(response.body);
