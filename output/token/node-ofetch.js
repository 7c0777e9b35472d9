import { ofetch } from "ofetch";

const url = "https://{yourDomain}/oauth/token";

const options = {
  method: "POST",
  headers: {
    "content-type": "application/x-www-form-urlencoded",
  },
  body: new URLSearchParams([
    ["grant_type", "client_credentials"],
    ["client_id", "{yourClientId}"],
    ["client_secret", "{yourClientSecret}"],
    ["audience", "YOUR_API_IDENTIFIER"],
  ]),
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
