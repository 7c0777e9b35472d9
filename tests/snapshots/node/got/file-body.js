import { readFile } from "node:fs/promises";
import got from "got";

const url = "https://api.example.com/v1/blobs/42";

const options = {
  method: "PUT",
  headers: {
    "Content-Type": "application/octet-stream",
  },
  body: await readFile("{payloadPath}"),
};

// got rejects (and the program exits with status 1) on a transport error or a non-2xx status.
const response = await got(url, options);
console.log(response.body);
