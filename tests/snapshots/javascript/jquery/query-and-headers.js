// Needs jQuery on the page (https://jquery.com/download/).
const url = "https://{yourDomain}/search/my%20files?sort=asc&tag=a%26b%3Dc%2Bd&tag=100%25%20sure&q={token}&empty=";

$.ajax({
  url,
  method: "GET",
  headers: {
    "Authorization": "Bearer {token}",
    "X-Quote": "it's \"quoted\" $HOME",
    "X-Empty": "",
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
