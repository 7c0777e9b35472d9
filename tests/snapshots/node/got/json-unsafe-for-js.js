import got from "got";

const url = "https://api.example.com/ids";

const options = {
  method: "POST",
  headers: {
    "Content-Type": "application/json",
  },
  body: "{\n  \"id\": 9007199254740993,\n  \"ratio\": 2.0,\n  \"__proto__\": \"kept\"\n}",
};

// got rejects (and the program exits with status 1) on a transport error or a non-2xx status.
const response = await got(url, options);
console.log(response.body);
