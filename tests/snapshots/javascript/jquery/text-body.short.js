const url = "https://api.example.com/notes/1";

$.ajax({
  url,
  method: "PUT",
  contentType: "text/plain; charset=utf-8",
  // Bytes: for a string body XMLHttpRequest would rewrite the charset in Content-Type to "UTF-8".
  data: new TextEncoder().encode("Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n"),
  processData: false,
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
