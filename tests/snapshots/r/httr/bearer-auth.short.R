response <- GET(
  "https://{apiHost}/v1/me",
  add_headers(
    Authorization = "Bearer {token}"
  )
)

writeLines(as.character(status_code(response)))
writeLines(content(response, as = "text", encoding = "UTF-8"))
stop_for_status(response)
