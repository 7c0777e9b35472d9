import { ofetch } from "ofetch";

const url = "https://api.example.com/v1/widgets";

const options = {
  method: "POST",
  headers: {
    "x-api-key": "{apiKey}",
    "Content-Type": "application/json",
  },
  // Bytes: ofetch would add "accept: application/json" (and a JSON Content-Type) to a string.
  body: Buffer.from("{\n  \"name\": \"Widget \\\"Deluxe\\\" it's 'quoted'\",\n  \"path\": \"C:\\\\temp\\\\new\",\n  \"shell\": \"$HOME #{x} ${y} `z`\",\n  \"note\": \"line one\\nline two\\ttabbed\",\n  \"unicode\": \"café 中文 😀 \\u202e\\u200b\",\n  \"counts\": [\n    1,\n    -2,\n    1.5,\n    1.0,\n    12345678901234567890,\n    0\n  ],\n  \"flags\": [\n    true,\n    false,\n    null\n  ],\n  \"empty\": {\n    \"object\": {},\n    \"list\": []\n  }\n}"),
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
