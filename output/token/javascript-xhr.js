const url = "https://{yourDomain}/oauth/token";

const payload = new URLSearchParams([
  ["grant_type", "client_credentials"],
  ["client_id", "{yourClientId}"],
  ["client_secret", "{yourClientSecret}"],
  ["audience", "YOUR_API_IDENTIFIER"],
]);

const xhr = new XMLHttpRequest();
xhr.open("POST", url);
xhr.setRequestHeader("content-type", "application/x-www-form-urlencoded");
xhr.addEventListener("load", () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
});
xhr.addEventListener("error", () => {
  console.error("The request failed: no response (a network, TLS or CORS error)");
});
xhr.send(payload);
