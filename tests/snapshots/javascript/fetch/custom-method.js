const url = "http://cache.example.com:8080/page";

const options = {
  method: "PURGE",
};

fetch(url, options)
  .then(async (response) => {
    const text = await response.text();
    console.log(response.status);
    console.log(text);
  })
  .catch((error) => console.error(error));
