// Needs jQuery on the page (https://jquery.com/download/).
const url = "https://api.example.com/form";

$.ajax({
  url,
  method: "POST",
  contentType: "application/x-www-form-urlencoded",
  // Name and value pairs, in order: jQuery encodes them as a query string.
  data: [
    { name: "scope", value: "read" },
    { name: "scope", value: "write & delete" },
    { name: "note", value: "a+b=c 100% 'q' \"dq\" \\ $x #{y} é 😀\nnew line" },
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
