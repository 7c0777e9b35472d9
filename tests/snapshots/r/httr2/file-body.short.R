req <- request("https://api.example.com/v1/blobs/42") |>
  req_method("PUT") |>
  req_body_file("{payloadPath}", type = "application/octet-stream")

resp <- req_perform(req)
writeLines(as.character(resp_status(resp)))
writeLines(resp_body_string(resp))
