library(httr)

payload <- r"({
  "ids": [
    1,
    2,
    3
  ]
})"

response <- DELETE(
  "https://api.example.com/items",
  add_headers(
    "Content-Type" = "application/json"
  ),
  body = payload
)

writeLines(as.character(status_code(response)))
writeLines(content(response, as = "text", encoding = "UTF-8"))
stop_for_status(response)
