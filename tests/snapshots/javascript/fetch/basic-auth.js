const url = "https://{yourDomain}/oauth/token";
const username = "{clientId}";
const password = "{clientSecret}";
// btoa() takes bytes as Latin-1 characters: give it the credentials' UTF-8 bytes.
const credentials = btoa(String.fromCharCode(...new TextEncoder().encode(`${username}:${password}`)));

const options = {
  method: "POST",
  headers: {
    "Content-Type": "application/x-www-form-urlencoded",
    "Authorization": `Basic ${credentials}`,
  },
  body: new URLSearchParams([
    ["grant_type", "client_credentials"],
  ]),
};

fetch(url, options)
  .then(async (response) => {
    const text = await response.text();
    console.log(response.status);
    console.log(text);
  })
  .catch((error) => console.error(error));
