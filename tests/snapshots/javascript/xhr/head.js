const url = "https://api.example.com/items/42";

const xhr = new XMLHttpRequest();
xhr.open("HEAD", url);
xhr.addEventListener("load", () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
});
xhr.addEventListener("error", () => {
  console.error("The request failed: no response (a network, TLS or CORS error)");
});
xhr.send();
