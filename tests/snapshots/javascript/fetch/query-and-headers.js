const url = "https://{yourDomain}/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty=";

const options = {
  method: "GET",
  headers: {
    "Authorization": "Bearer {token}",
    "X-Quote": "it's \"quoted\" $HOME",
    "X-Empty": "",
  },
};

fetch(url, options)
  .then(async (response) => {
    const text = await response.text();
    console.log(response.status);
    console.log(text);
  })
  .catch((error) => console.error(error));
