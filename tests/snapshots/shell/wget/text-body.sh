# wget exits with 8 when the server answers with an error status, whose body is printed all the same.
wget --no-verbose --server-response --content-on-error --output-document=- \
  --method=PUT \
  --header='Content-Type: text/plain; charset=utf-8' \
  --body-data=$'Dear "user",\x0ait\'s $5 for #{item} `now`.\x0d\x0a\x09C:\\path 😀\x0a' \
  https://api.example.com/notes/1 || [ $? -eq 8 ]
