response <- HEAD(
  "https://api.example.com/items/42"
)

writeLines(as.character(status_code(response)))
stop_for_status(response)
