response <- GET(
  "https://api.example.com/api",
  add_headers(
    authorization = "Bearer ACCESS_TOKEN",
    "Content-Type" = "application/json",
    "content-language" = "en"
  )
)

writeLines(as.character(status_code(response)))
writeLines(content(response, as = "text", encoding = "UTF-8"))
stop_for_status(response)
