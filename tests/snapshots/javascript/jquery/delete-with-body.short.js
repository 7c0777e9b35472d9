const url = "https://api.example.com/items";

$.ajax({
  url,
  method: "DELETE",
  contentType: "application/json",
  data: JSON.stringify({
    "ids": [
      1,
      2,
      3
    ]
  }),
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
