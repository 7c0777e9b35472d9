response <- POST(
  "https://api.example.com/form",
  body = list(
    scope = "read",
    scope = "write & delete",
    note = "a+b=c 100% 'q' \"dq\" \\ $x #{y} é 😀\nnew line"
  ),
  encode = "form"
)

writeLines(as.character(status_code(response)))
writeLines(content(response, as = "text", encoding = "UTF-8"))
stop_for_status(response)
