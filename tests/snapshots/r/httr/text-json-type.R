library(httr)

payload <- " foo/bar \n"

response <- POST(
  "https://api.example.com/raw",
  add_headers(
    "Content-Type" = "application/json"
  ),
  body = payload
)

writeLines(as.character(status_code(response)))
writeLines(content(response, as = "text", encoding = "UTF-8"))
stop_for_status(response)
