import got from "got";

const url = "https://{apiHost}/v1/me";

const options = {
  method: "GET",
  headers: {
    "Authorization": "Bearer {token}",
  },
};

// got rejects (and the program exits with status 1) on a transport error or a non-2xx status.
const response = await got(url, options);
console.log(response.body);
