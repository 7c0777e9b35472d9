response <- GET(
  "https://api.example.com/trace",
  add_headers(
    Accept = "application/json",
    "x-trace" = "one, two, three",
    Cookie = "session={sessionId}; theme=dark"
  )
)

writeLines(as.character(status_code(response)))
writeLines(content(response, as = "text", encoding = "UTF-8"))
stop_for_status(response)
