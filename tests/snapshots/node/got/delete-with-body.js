import got from "got";

const url = "https://api.example.com/items";

const options = {
  method: "DELETE",
  headers: {
    "Content-Type": "application/json",
  },
  json: {
    "ids": [
      1,
      2,
      3
    ]
  },
};

// got rejects (and the program exits with status 1) on a transport error or a non-2xx status.
const response = await got(url, options);
console.log(response.body);
