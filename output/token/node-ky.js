import ky from "ky";

const url = "https://{yourDomain}/oauth/token";

const options = {
  method: "POST",
  headers: {
    "content-type": "application/x-www-form-urlencoded",
  },
  body: new URLSearchParams([
    ["grant_type", "client_credentials"],
    ["client_id", "{yourClientId}"],
    ["client_secret", "{yourClientSecret}"],
    ["audience", "YOUR_API_IDENTIFIER"],
  ]),
  // One request only: ky would send a GET, PUT, HEAD, DELETE or OPTIONS again (twice)
  // after a network error or a 408, 413, 429, 500, 502, 503 or 504 status.
  retry: 0,
};

// ky rejects with an HTTPError on a non-2xx status (and the program exits with status 1), as
// on a transport error. The body is read from the Response itself: ky's .text() shortcut
// would add an Accept header.
const response = await ky(url, options);
console.log(await response.text());
