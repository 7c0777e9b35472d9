const url = "https://myapi.com/api";

const xhr = new XMLHttpRequest();
xhr.open("GET", url);
xhr.setRequestHeader("authorization", "Bearer {accessToken}");
xhr.setRequestHeader("content-type", "application/json");
xhr.addEventListener("load", () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
});
xhr.addEventListener("error", () => {
  console.error("The request failed: no response (a network, TLS or CORS error)");
});
xhr.send();
