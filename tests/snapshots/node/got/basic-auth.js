import got from "got";

const url = "https://{yourDomain}/oauth/token";

const options = {
  method: "POST",
  headers: {
    "Content-Type": "application/x-www-form-urlencoded",
  },
  username: "{clientId}",
  password: "{clientSecret}",
  body: new URLSearchParams([
    ["grant_type", "client_credentials"],
  ]).toString(),
};

// got rejects (and the program exits with status 1) on a transport error or a non-2xx status.
const response = await got(url, options);
console.log(response.body);
