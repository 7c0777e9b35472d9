const url = "https://api.example.com/raw";

axios
  .request({
    method: "POST",
    url,
    headers: {
      "content-type": "application/json",
      // false: no Accept header (axios would send "application/json, text/plain, */*").
      "Accept": false,
    },
    // Bytes, sent as they are (axios would re-serialize or trim a string under a JSON type, and
    // XMLHttpRequest would rewrite a charset in Content-Type).
    data: new TextEncoder().encode(" foo/bar \n"),
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
