const url = "https://api.example.com/raw";

$.ajax({
  url,
  method: "POST",
  contentType: "application/json",
  data: " foo/bar \n",
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
