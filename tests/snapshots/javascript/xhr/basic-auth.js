const url = "https://{yourDomain}/oauth/token";
const username = "{clientId}";
const password = "{clientSecret}";
// btoa() takes bytes as Latin-1 characters: give it the credentials' UTF-8 bytes.
const credentials = btoa(String.fromCharCode(...new TextEncoder().encode(`${username}:${password}`)));

const payload = new URLSearchParams([
  ["grant_type", "client_credentials"],
]);

const xhr = new XMLHttpRequest();
xhr.open("POST", url);
xhr.setRequestHeader("Content-Type", "application/x-www-form-urlencoded");
xhr.setRequestHeader("Authorization", `Basic ${credentials}`);
xhr.addEventListener("load", () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
});
xhr.addEventListener("error", () => {
  console.error("The request failed: no response (a network, TLS or CORS error)");
});
xhr.send(payload);
