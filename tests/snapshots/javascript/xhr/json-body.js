const url = "https://api.example.com/v1/widgets";

const payload = "{\n  \"name\": \"Widget \\\"Deluxe\\\" it's 'quoted'\",\n  \"path\": \"C:\\\\temp\\\\new\",\n  \"shell\": \"$HOME #{x} ${y} `z`\",\n  \"note\": \"line one\\nline two\\ttabbed\",\n  \"unicode\": \"café 中文 😀 \\u202e\\u200b\",\n  \"counts\": [\n    1,\n    -2,\n    1.5,\n    1.0,\n    12345678901234567890,\n    0\n  ],\n  \"flags\": [\n    true,\n    false,\n    null\n  ],\n  \"empty\": {\n    \"object\": {},\n    \"list\": []\n  }\n}";

const xhr = new XMLHttpRequest();
xhr.open("POST", url);
xhr.setRequestHeader("x-api-key", "{apiKey}");
xhr.setRequestHeader("Content-Type", "application/json");
xhr.addEventListener("load", () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
});
xhr.addEventListener("error", () => {
  console.error("The request failed: no response (a network, TLS or CORS error)");
});
xhr.send(payload);
