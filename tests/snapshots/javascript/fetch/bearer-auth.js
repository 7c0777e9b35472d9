const url = "https://{apiHost}/v1/me";

const options = {
  method: "GET",
  headers: {
    "Authorization": "Bearer {token}",
  },
};

fetch(url, options)
  .then(async (response) => {
    const text = await response.text();
    console.log(response.status);
    console.log(text);
  })
  .catch((error) => console.error(error));
