import ky from "ky";

const url = "https://api.example.com/v1/widgets";

const options = {
  method: "POST",
  headers: {
    "x-api-key": "{apiKey}",
    "Content-Type": "application/json",
  },
  body: "{\n  \"name\": \"Widget \\\"Deluxe\\\" it's 'quoted'\",\n  \"path\": \"C:\\\\temp\\\\new\",\n  \"shell\": \"$HOME #{x} ${y} `z`\",\n  \"note\": \"line one\\nline two\\ttabbed\",\n  \"unicode\": \"café 中文 😀 \\u202e\\u200b\",\n  \"counts\": [\n    1,\n    -2,\n    1.5,\n    1.0,\n    12345678901234567890,\n    0\n  ],\n  \"flags\": [\n    true,\n    false,\n    null\n  ],\n  \"empty\": {\n    \"object\": {},\n    \"list\": []\n  }\n}",
  // One request only: ky would send a GET, PUT, HEAD, DELETE or OPTIONS again (twice)
  // after a network error or a 408, 413, 429, 500, 502, 503 or 504 status.
  retry: 0,
};

// ky rejects with an HTTPError on a non-2xx status (and the program exits with status 1), as
// on a transport error. The body is read from the Response itself: ky's .text() shortcut
// would add an Accept header.
const response = await ky(url, options);
console.log(await response.text());
