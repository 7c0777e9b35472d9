import ky from "ky";

const url = "https://myapi.com/api";

const options = {
  method: "GET",
  headers: {
    "authorization": "Bearer {accessToken}",
    "content-type": "application/json",
  },
  // One request only: ky would send a GET, PUT, HEAD, DELETE or OPTIONS again (twice)
  // after a network error or a 408, 413, 429, 500, 502, 503 or 504 status.
  retry: 0,
};

// ky rejects with an HTTPError on a non-2xx status (and the program exits with status 1), as
// on a transport error. The body is read from the Response itself: ky's .text() shortcut
// would add an Accept header.
const response = await ky(url, options);
console.log(await response.text());
