const url = "http://cache.example.com:8080/page";

const xhr = new XMLHttpRequest();
xhr.open("PURGE", url);
xhr.addEventListener("load", () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
});
xhr.addEventListener("error", () => {
  console.error("The request failed: no response (a network, TLS or CORS error)");
});
xhr.send();
