library(httr2)

req <- request("https://api.example.com/trace") |>
  req_headers(
    accept = "application/json",
    "x-trace" = "one",
    "X-Trace" = "two, three",
    Cookie = "session={sessionId}; theme=dark"
  )

resp <- req_perform(req)
writeLines(as.character(resp_status(resp)))
writeLines(resp_body_string(resp))
