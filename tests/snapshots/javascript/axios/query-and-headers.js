// Needs axios on the page (https://axios-http.com/docs/intro), e.g.
// <script src="https://cdn.jsdelivr.net/npm/axios@1/dist/axios.min.js"></script>
const url = "https://{yourDomain}/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty=";

axios
  .request({
    method: "GET",
    url,
    headers: {
      "Authorization": "Bearer {token}",
      "X-Quote": "it's \"quoted\" $HOME",
      "X-Empty": "",
      // false: no Accept header (axios would send "application/json, text/plain, */*").
      "Accept": false,
    },
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
