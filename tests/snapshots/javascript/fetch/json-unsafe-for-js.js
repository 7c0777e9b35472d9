const url = "https://api.example.com/ids";

const options = {
  method: "POST",
  headers: {
    "Content-Type": "application/json",
  },
  body: "{\n  \"id\": 9007199254740993,\n  \"ratio\": 2.0,\n  \"__proto__\": \"kept\"\n}",
};

fetch(url, options)
  .then(async (response) => {
    const text = await response.text();
    console.log(response.status);
    console.log(text);
  })
  .catch((error) => console.error(error));
