library(httr)

# upload_file() sends a file under its own name (its name = argument needs curl 5.0.1), so a
# file that goes under another name is sent as a copy with that name.
named_copy <- function(path, filename) {
  copy <- file.path(tempfile(), filename)
  dir.create(dirname(copy))
  stopifnot(file.copy(path, copy))
  copy
}

response <- POST(
  "https://api.example.com/v1/upload?dryRun",
  add_headers(
    Accept = "application/json"
  ),
  body = list(
    description = "Q3 report; it's \"final\", 100% & done\nsecond line é",
    report = upload_file(named_copy("{reportPath}", "report.pdf"), type = "application/pdf"),
    logo = upload_file("{logoPath}", type = "application/octet-stream"),
    note = ""
  ),
  encode = "multipart"
)

writeLines(as.character(status_code(response)))
writeLines(content(response, as = "text", encoding = "UTF-8"))
stop_for_status(response)
