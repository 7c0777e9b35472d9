import got from "got";

const url = "https://api.example.com/raw";

const options = {
  method: "POST",
  headers: {
    "content-type": "application/json",
  },
  body: " foo/bar \n",
};

// got rejects (and the program exits with status 1) on a transport error or a non-2xx status.
const response = await got(url, options);
console.log(response.body);
