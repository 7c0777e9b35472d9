import { ofetch } from "ofetch";

const url = "https://myapi.com/api";

const options = {
  method: "GET",
  headers: {
    "authorization": "Bearer {accessToken}",
    "content-type": "application/json",
  },
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
