// Needs jQuery on the page (https://jquery.com/download/).
const url = "https://myapi.com/api";

$.ajax({
  url,
  method: "GET",
  headers: {
    "authorization": "Bearer {accessToken}",
  },
  contentType: "application/json",
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
