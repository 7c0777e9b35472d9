const url = "https://api.example.com/notes/1";

// Sent as bytes: for a string body XMLHttpRequest would rewrite the charset in Content-Type to "UTF-8".
const payload = new TextEncoder().encode("Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n");

const xhr = new XMLHttpRequest();
xhr.open("PUT", url);
xhr.setRequestHeader("Content-Type", "text/plain; charset=utf-8");
xhr.addEventListener("load", () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
});
xhr.addEventListener("error", () => {
  console.error("The request failed: no response (a network, TLS or CORS error)");
});
xhr.send(payload);
