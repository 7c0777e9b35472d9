const url = "https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose";

const options = {
  method: "DELETE",
};

fetch(url, options)
  .then(async (response) => {
    const text = await response.text();
    console.log(response.status);
    console.log(text);
  })
  .catch((error) => console.error(error));
