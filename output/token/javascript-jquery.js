// Needs jQuery on the page (https://jquery.com/download/).
const url = "https://{yourDomain}/oauth/token";

$.ajax({
  url,
  method: "POST",
  contentType: "application/x-www-form-urlencoded",
  // Name and value pairs, in order: jQuery encodes them as a query string.
  data: [
    { name: "grant_type", value: "client_credentials" },
    { name: "client_id", value: "{yourClientId}" },
    { name: "client_secret", value: "{yourClientSecret}" },
    { name: "audience", value: "YOUR_API_IDENTIFIER" },
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
