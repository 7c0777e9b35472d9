const url = "https://api.example.com/form";

const options = {
  method: "POST",
  headers: {
    "Content-Type": "application/x-www-form-urlencoded",
  },
  body: new URLSearchParams([
    ["scope", "read"],
    ["scope", "write & delete"],
    ["note", "a+b=c 100% 'q' \"dq\" \\ $x #{y} é 😀\nnew line"],
  ]),
};

fetch(url, options)
  .then(async (response) => {
    const text = await response.text();
    console.log(response.status);
    console.log(text);
  })
  .catch((error) => console.error(error));
