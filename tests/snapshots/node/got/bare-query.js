import got from "got";

const url = "https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose";

const options = {
  method: "DELETE",
};

// got rejects (and the program exits with status 1) on a transport error or a non-2xx status.
const response = await got(url, options);
console.log(response.body);
