import got from "got";

const url = "https://api.example.com/trace";

const options = {
  method: "GET",
  // An array sends one header line per value.
  headers: {
    "accept": "application/json",
    "x-trace": ["one", "two, three"],
    "Cookie": "session={sessionId}; theme=dark",
  },
};

// got rejects (and the program exits with status 1) on a transport error or a non-2xx status.
const response = await got(url, options);
console.log(response.body);
