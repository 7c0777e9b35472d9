# wget exits with 8 when the server answers with an error status, whose body is printed all the same.
wget --no-verbose --server-response --content-on-error --output-document=- \
  --method=PUT \
  --header='Content-Type: application/octet-stream' \
  --body-file='{payloadPath}' \
  https://api.example.com/v1/blobs/42 || [ $? -eq 8 ]
