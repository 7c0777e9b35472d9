library(httr)

response <- PUT(
  "https://api.example.com/v1/blobs/42",
  add_headers(
    "Content-Type" = "application/octet-stream"
  ),
  body = upload_file("{payloadPath}", type = "application/octet-stream")
)

writeLines(as.character(status_code(response)))
writeLines(content(response, as = "text", encoding = "UTF-8"))
stop_for_status(response)
