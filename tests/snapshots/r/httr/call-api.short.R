response <- GET(
  "https://myapi.com/api",
  add_headers(
    authorization = "Bearer {accessToken}",
    "Content-Type" = "application/json"
  )
)

writeLines(as.character(status_code(response)))
writeLines(content(response, as = "text", encoding = "UTF-8"))
stop_for_status(response)
