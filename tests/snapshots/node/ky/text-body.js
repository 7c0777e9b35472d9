import ky from "ky";

const url = "https://api.example.com/notes/1";

const options = {
  method: "PUT",
  headers: {
    "Content-Type": "text/plain; charset=utf-8",
  },
  body: "Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n",
  // One request only: ky would send a GET, PUT, HEAD, DELETE or OPTIONS again (twice)
  // after a network error or a 408, 413, 429, 500, 502, 503 or 504 status.
  retry: 0,
};

// ky rejects with an HTTPError on a non-2xx status (and the program exits with status 1), as
// on a transport error. The body is read from the Response itself: ky's .text() shortcut
// would add an Accept header.
const response = await ky(url, options);
console.log(await response.text());
