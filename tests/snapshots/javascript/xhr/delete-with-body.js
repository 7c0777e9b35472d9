const url = "https://api.example.com/items";

const payload = JSON.stringify({
  "ids": [
    1,
    2,
    3
  ]
});

const xhr = new XMLHttpRequest();
xhr.open("DELETE", url);
xhr.setRequestHeader("Content-Type", "application/json");
xhr.addEventListener("load", () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
});
xhr.addEventListener("error", () => {
  console.error("The request failed: no response (a network, TLS or CORS error)");
});
xhr.send(payload);
