import { ofetch } from "ofetch";

const url = "https://api.example.com/ids";

const options = {
  method: "POST",
  headers: {
    "Content-Type": "application/json",
  },
  // Bytes: ofetch would add "accept: application/json" (and a JSON Content-Type) to a string.
  body: Buffer.from("{\n  \"id\": 9007199254740993,\n  \"ratio\": 2.0,\n  \"__proto__\": \"kept\"\n}"),
  // The reply as text (ofetch would parse it by its content type).
  responseType: "text",
  // One request only: ofetch would send a method other than PATCH, POST, PUT or DELETE once more
  // after a network error or a 408, 409, 425, 429, 500, 502, 503 or 504 status.
  retry: 0,
};

// ofetch rejects with a FetchError on a 4xx or 5xx status (and the program exits with
// status 1), as on a transport error. A HEAD or 204 reply has no body (undefined).
const text = await ofetch(url, options);
console.log(text ?? "");
