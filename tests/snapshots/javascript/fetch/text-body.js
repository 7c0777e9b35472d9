const url = "https://api.example.com/notes/1";

const options = {
  method: "PUT",
  headers: {
    "Content-Type": "text/plain; charset=utf-8",
  },
  body: "Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n",
};

fetch(url, options)
  .then(async (response) => {
    const text = await response.text();
    console.log(response.status);
    console.log(text);
  })
  .catch((error) => console.error(error));
