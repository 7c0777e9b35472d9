# wget exits with 8 when the server answers with an error status, whose body is printed all the same.
wget --no-verbose --server-response --content-on-error --output-document=- \
  --method=POST \
  --header='content-type: application/json' \
  --body-data=' foo/bar 
' \
  https://api.example.com/raw || [ $? -eq 8 ]
