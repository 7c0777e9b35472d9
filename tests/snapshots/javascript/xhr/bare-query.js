const url = "https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose";

const xhr = new XMLHttpRequest();
xhr.open("DELETE", url);
xhr.addEventListener("load", () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
});
xhr.addEventListener("error", () => {
  console.error("The request failed: no response (a network, TLS or CORS error)");
});
xhr.send();
