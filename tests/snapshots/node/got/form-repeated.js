import got from "got";

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
  ]).toString(),
};

// got rejects (and the program exits with status 1) on a transport error or a non-2xx status.
const response = await got(url, options);
console.log(response.body);
