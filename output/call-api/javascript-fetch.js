const url = "https://myapi.com/api";

const options = {
  method: "GET",
  headers: {
    "authorization": "Bearer {accessToken}",
    "content-type": "application/json",
  },
};

fetch(url, options)
  .then(async (response) => {
    const text = await response.text();
    console.log(response.status);
    console.log(text);
  })
  .catch((error) => console.error(error));
