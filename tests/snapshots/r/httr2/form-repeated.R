library(httr2)

req <- request("https://api.example.com/form") |>
  req_body_form(
    scope = "read",
    scope = "write & delete",
    note = "a+b=c 100% 'q' \"dq\" \\ $x #{y} é 😀\nnew line"
  )

resp <- req_perform(req)
writeLines(as.character(resp_status(resp)))
writeLines(resp_body_string(resp))
