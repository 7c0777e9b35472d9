# form_file() sends a file under its own name (its name = argument needs curl 5.0.1), so a
# file that goes under another name is sent as a copy with that name.
named_copy <- function(path, filename) {
  copy <- file.path(tempfile(), filename)
  dir.create(dirname(copy))
  stopifnot(file.copy(path, copy))
  copy
}

req <- request("https://api.example.com/v1/upload?dryRun") |>
  req_headers(
    accept = "application/json"
  ) |>
  req_body_multipart(
    description = "Q3 report; it's \"final\", 100% & done\nsecond line é",
    report = curl::form_file(named_copy("{reportPath}", "report.pdf"), type = "application/pdf"),
    logo = curl::form_file("{logoPath}", type = "application/octet-stream"),
    note = ""
  )

resp <- req_perform(req)
writeLines(as.character(resp_status(resp)))
writeLines(resp_body_string(resp))
