payload <- "Dear \"user\",\nit's $5 for #{item} `now`.\r\n\tC:\\path 😀\n"

response <- PUT(
  "https://api.example.com/notes/1",
  add_headers(
    "Content-Type" = "text/plain; charset=utf-8"
  ),
  body = payload
)

writeLines(as.character(status_code(response)))
writeLines(content(response, as = "text", encoding = "UTF-8"))
stop_for_status(response)
