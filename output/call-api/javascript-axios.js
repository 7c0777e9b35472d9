// Needs axios on the page (https://axios-http.com/docs/intro), e.g.
// <script src="https://cdn.jsdelivr.net/npm/axios@1/dist/axios.min.js"></script>
const url = "https://myapi.com/api";

axios
  .request({
    method: "GET",
    url,
    headers: {
      "authorization": "Bearer {accessToken}",
      "content-type": "application/json",
      // false: no Accept header (axios would send "application/json, text/plain, */*").
      "Accept": false,
    },
    // No body, but data all the same: axios drops the Content-Type of a request without data.
    data: new Uint8Array(),
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
