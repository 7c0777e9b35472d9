const url = "https://api.example.com/items/42";

const options = {
  method: "HEAD",
};

fetch(url, options)
  .then(async (response) => {
    const text = await response.text();
    console.log(response.status);
    console.log(text);
  })
  .catch((error) => console.error(error));
