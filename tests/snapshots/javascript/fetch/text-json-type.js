const url = "https://api.example.com/raw";

const options = {
  method: "POST",
  headers: {
    "content-type": "application/json",
  },
  body: " foo/bar \n",
};

fetch(url, options)
  .then(async (response) => {
    const text = await response.text();
    console.log(response.status);
    console.log(text);
  })
  .catch((error) => console.error(error));
