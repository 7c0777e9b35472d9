const url = "https://api.example.com/api";

const options = {
  method: "GET",
  headers: {
    "authorization": "Bearer ACCESS_TOKEN",
    "content-type": "application/json",
    "content-language": "en",
  },
};

fetch(url, options)
  .then(async (response) => {
    const text = await response.text();
    console.log(response.status);
    console.log(text);
  })
  .catch((error) => console.error(error));
