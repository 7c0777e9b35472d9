# wget has no multipart support: the body is built here, with a fixed boundary (which no part may contain).
boundary=snippetgen-boundary-b9e3f4c1a7d2
body=$(mktemp)
trap 'rm -f "$body"' EXIT
{
  printf -- '--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' \
    "$boundary" description 'Q3 report; it'\''s "final", 100% & done
second line é'
  printf -- '--%s\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\nContent-Type: %s\r\n\r\n' \
    "$boundary" report report.pdf application/pdf
  cat -- '{reportPath}' || exit
  printf '\r\n'
  printf -- '--%s\r\nContent-Disposition: form-data; name="%s"; filename="%s"\r\nContent-Type: %s\r\n\r\n' \
    "$boundary" logo "$(basename -- '{logoPath}')" application/octet-stream
  cat -- '{logoPath}' || exit
  printf '\r\n'
  printf -- '--%s\r\nContent-Disposition: form-data; name="%s"\r\n\r\n%s\r\n' \
    "$boundary" note ''
  printf -- '--%s--\r\n' "$boundary"
} > "$body"

# wget exits with 8 when the server answers with an error status, whose body is printed all the same.
wget --no-verbose --server-response --content-on-error --output-document=- \
  --method=POST \
  --header='accept: application/json' \
  --header="Content-Type: multipart/form-data; boundary=$boundary" \
  --body-file="$body" \
  'https://api.example.com/v1/upload?dryRun' || [ $? -eq 8 ]
