const url = "https://{yourDomain}/oauth/token";
const username = "{clientId}";
const password = "{clientSecret}";
// btoa() takes bytes as Latin-1 characters: give it the credentials' UTF-8 bytes.
const credentials = btoa(String.fromCharCode(...new TextEncoder().encode(`${username}:${password}`)));

$.ajax({
  url,
  method: "POST",
  headers: {
    "Authorization": `Basic ${credentials}`,
  },
  contentType: "application/x-www-form-urlencoded",
  // Name and value pairs, in order: jQuery encodes them as a query string.
  data: [
    { name: "grant_type", value: "client_credentials" },
  ],
  // The reply as text (jQuery would otherwise parse it by its content type).
  dataType: "text",
})
  .done((text, textStatus, jqXHR) => {
    console.log(jqXHR.status);
    console.log(text);
  })
  .fail((jqXHR, textStatus, errorThrown) => {
    console.error(`The request failed: ${textStatus} ${jqXHR.status} ${errorThrown}`);
  });
