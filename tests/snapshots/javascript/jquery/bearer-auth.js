// Needs jQuery on the page (https://jquery.com/download/).
const url = "https://{apiHost}/v1/me";

$.ajax({
  url,
  method: "GET",
  headers: {
    "Authorization": "Bearer {token}",
  },
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
