import got from "got";

const url = "https://{yourDomain}/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty=";

const options = {
  method: "GET",
  headers: {
    "Authorization": "Bearer {token}",
    "X-Quote": "it's \"quoted\" $HOME",
    "X-Empty": "",
  },
};

// got rejects (and the program exits with status 1) on a transport error or a non-2xx status.
const response = await got(url, options);
console.log(response.body);
