response <- VERB(
  "PURGE",
  "http://cache.example.com:8080/page"
)

writeLines(as.character(status_code(response)))
writeLines(content(response, as = "text", encoding = "UTF-8"))
stop_for_status(response)
