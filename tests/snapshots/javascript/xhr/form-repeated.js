const url = "https://api.example.com/form";

const payload = new URLSearchParams([
  ["scope", "read"],
  ["scope", "write & delete"],
  ["note", "a+b=c 100% 'q' \"dq\" \\ $x #{y} é 😀\nnew line"],
]);

const xhr = new XMLHttpRequest();
xhr.open("POST", url);
xhr.setRequestHeader("Content-Type", "application/x-www-form-urlencoded");
xhr.addEventListener("load", () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
});
xhr.addEventListener("error", () => {
  console.error("The request failed: no response (a network, TLS or CORS error)");
});
xhr.send(payload);
