library(httr2)

req <- request("https://api.example.com/items?dryRun&empty=&verbose&tag=a%20b&verbose") |>
  req_method("DELETE")

resp <- req_perform(req)
writeLines(as.character(resp_status(resp)))
writeLines(resp_body_string(resp))
