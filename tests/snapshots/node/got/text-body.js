import got from "got";

const url = "https://api.example.com/notes/1";

const options = {
  method: "PUT",
  headers: {
    "Content-Type": "text/plain; charset=utf-8",
  },
  body: "Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n",
};

// got rejects (and the program exits with status 1) on a transport error or a non-2xx status.
const response = await got(url, options);
console.log(response.body);
