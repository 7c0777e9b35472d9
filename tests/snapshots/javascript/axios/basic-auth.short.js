const url = "https://{yourDomain}/oauth/token";
const username = "{clientId}";
const password = "{clientSecret}";
// btoa() takes bytes as Latin-1 characters: give it the credentials' UTF-8 bytes.
const credentials = btoa(String.fromCharCode(...new TextEncoder().encode(`${username}:${password}`)));

axios
  .request({
    method: "POST",
    url,
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      "Authorization": `Basic ${credentials}`,
      // false: no Accept header (axios would send "application/json, text/plain, */*").
      "Accept": false,
    },
    data: new URLSearchParams([
      ["grant_type", "client_credentials"],
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
