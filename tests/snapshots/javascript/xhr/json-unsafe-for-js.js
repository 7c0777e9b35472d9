const url = "https://api.example.com/ids";

const payload = "{\n  \"id\": 9007199254740993,\n  \"ratio\": 2.0,\n  \"__proto__\": \"kept\"\n}";

const xhr = new XMLHttpRequest();
xhr.open("POST", url);
xhr.setRequestHeader("Content-Type", "application/json");
xhr.addEventListener("load", () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
});
xhr.addEventListener("error", () => {
  console.error("The request failed: no response (a network, TLS or CORS error)");
});
xhr.send(payload);
