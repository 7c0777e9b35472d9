library(httr2)

req <- request("https://api.example.com/items/42") |>
  req_method("HEAD")

resp <- req_perform(req)
writeLines(as.character(resp_status(resp)))
