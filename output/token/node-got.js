import got from "got";

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
  ]).toString(),
};

// got rejects (and the program exits with status 1) on a transport error or a non-2xx status.
const response = await got(url, options);
console.log(response.body);
