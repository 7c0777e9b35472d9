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
};

fetch(url, options)
  .then(async (response) => {
    const text = await response.text();
    console.log(response.status);
    console.log(text);
  })
  .catch((error) => console.error(error));
