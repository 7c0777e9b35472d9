const url = "https://api.example.com/ids";

$.ajax({
  url,
  method: "POST",
  contentType: "application/json",
  data: "{\n  \"id\": 9007199254740993,\n  \"ratio\": 2.0,\n  \"__proto__\": \"kept\"\n}",
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
