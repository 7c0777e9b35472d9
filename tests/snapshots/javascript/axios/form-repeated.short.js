const url = "https://api.example.com/form";

axios
  .request({
    method: "POST",
    url,
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      // false: no Accept header (axios would send "application/json, text/plain, */*").
      "Accept": false,
    },
    data: new URLSearchParams([
      ["scope", "read"],
      ["scope", "write & delete"],
      ["note", "a+b=c 100% 'q' \"dq\" \\ $x #{y} é 😀\nnew line"],
    ]),
    // No X-XSRF-TOKEN header (axios copies an XSRF-TOKEN cookie into one on a same-origin request).
    withXSRFToken: false,
    // Keep the reply as text (axios would parse JSON), and resolve on any status, as fetch does
    // (axios would reject on a non-2xx status).
    responseType: "text",
    validateStatus: () => true,
  })
  .then((response) => {
    console.log(response.status);
    console.log(response.data);
  })
  .catch((error) => console.error(error));
