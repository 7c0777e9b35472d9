import got from "got";

const url = "http://cache.example.com:8080/page";

const options = {
  method: "PURGE",
};

// got rejects (and the program exits with status 1) on a transport error or a non-2xx status.
const response = await got(url, options);
console.log(response.body);
