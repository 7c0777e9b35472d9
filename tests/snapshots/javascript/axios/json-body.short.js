const url = "https://api.example.com/v1/widgets";

axios
  .request({
    method: "POST",
    url,
    headers: {
      "x-api-key": "{apiKey}",
      "Content-Type": "application/json",
      // false: no Accept header (axios would send "application/json, text/plain, */*").
      "Accept": false,
    },
    // Bytes, sent as they are (axios would re-serialize or trim a string under a JSON type, and
    // XMLHttpRequest would rewrite a charset in Content-Type).
    data: new TextEncoder().encode("{\n  \"name\": \"Widget \\\"Deluxe\\\" it's 'quoted'\",\n  \"path\": \"C:\\\\temp\\\\new\",\n  \"shell\": \"$HOME #{x} ${y} `z`\",\n  \"note\": \"line one\\nline two\\ttabbed\",\n  \"unicode\": \"café 中文 😀 \\u202e\\u200b\",\n  \"counts\": [\n    1,\n    -2,\n    1.5,\n    1.0,\n    12345678901234567890,\n    0\n  ],\n  \"flags\": [\n    true,\n    false,\n    null\n  ],\n  \"empty\": {\n    \"object\": {},\n    \"list\": []\n  }\n}"),
    // No X-XSRF-TOKEN header (axios copies an XSRF-TOKEN cookie into one on a same-origin request).
    withXSRFToken: false,
    // Keep the reply as text (axios would parse JSON), and resolve on any status, as fetch does
    // (axios would reject on a non-2xx status).
    responseType: "text",
    validateStatus: () => true,
  })
  .then((response) => {
    console.log(response.status);
    console.log(response.data);
  })
  .catch((error) => console.error(error));
